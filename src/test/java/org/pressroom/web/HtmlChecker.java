package org.pressroom.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The W3C HTML checker (nu.validator), embedded: fails a test listing every error in a page's HTML. Warnings and
 * informational messages do not fail it.
 */
public final class HtmlChecker {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private HtmlChecker() {
	}

	/** Fetches a page over HTTP and checks the HTML the server sent. */
	public static void assertValid(String url) {
		try {
			HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertValid(url, response.body());
		}
		catch (IOException ex) {
			throw new AssertionError("Could not fetch " + url, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted fetching " + url, ex);
		}
	}

	/** Checks an HTML document; {@code name} only labels the failure. */
	public static void assertValid(String name, byte[] html) {
		assertThat(errors(html)).as("HTML errors in %s", name).isEmpty();
	}

	/** The checker's error messages for an HTML document, each with its line. */
	public static List<String> errors(byte[] html) {
		try {
			EmbeddedValidator validator = new EmbeddedValidator();
			validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
			String report = validator.validate(new ByteArrayInputStream(html));
			JsonNode messages = JsonMapper.builder().build().readTree(report).path("messages");
			return StreamSupport.stream(messages.spliterator(), false)
				.filter((message) -> message.path("type").asString().contains("error"))
				.map((message) -> "line " + message.path("lastLine").asString() + ": "
						+ message.path("message").asString())
				.collect(Collectors.toList());
		}
		catch (IOException | org.xml.sax.SAXException ex) {
			throw new AssertionError("The HTML checker failed", ex);
		}
	}

}
