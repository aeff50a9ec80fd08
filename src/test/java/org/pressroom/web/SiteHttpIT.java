package org.pressroom.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application over real HTTP on a random port: pages, stylesheet, API and every sort of error answer
 * the servlet container itself produces.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteHttpIT {

	static final String SEED = "meeting-of-the-minister-of-interior-with-the-minister-of-internal-affairs-of-belgium";

	final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void servesPagesAndTheStylesheet() throws Exception {
		HttpResponse<String> home = get("/");
		HttpResponse<String> release = get("/releases/" + SEED);
		HttpResponse<String> css = get("/css/site.css");

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(home.body()).contains("<h1>Government press releases</h1>", "href=\"/css/site.css\"");
		assertThat(release.body()).contains("<h1>Meeting of the Minister of Interior with the Minister of Internal Affairs of Belgium</h1>",
				"<a href=\"/ministers/annelies-verlinden\">Annelies Verlinden</a>");
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.body()).contains(":focus-visible");
	}

	@Test
	void unknownAddressesGetTheNotFoundPageOrAJsonError() throws Exception {
		HttpResponse<String> page = get("/no/such/page");
		HttpResponse<String> release = get("/releases/no-such-release");
		HttpResponse<String> api = get("/api/no-such-endpoint");
		HttpResponse<String> apiRelease = get("/api/releases/no-such-release");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<h1>Page not found</h1>", "Skip to main content").doesNotContain("Whitelabel");
		assertThat(release.statusCode()).isEqualTo(404);
		assertThat(release.body()).contains("There is no release called “no-such-release”.");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.body()).isEqualTo("{\"status\":404,\"error\":\"Not Found\",\"message\":"
				+ "\"There is no page at this address. If you typed it, check it is correct.\"}");
		assertThat(apiRelease.body()).isEqualTo(
				"{\"status\":404,\"error\":\"Not Found\",\"message\":\"There is no release called “no-such-release”.\"}");
	}

	@Test
	void badRequestsNeverShowAStackTrace() throws Exception {
		HttpResponse<String> badPage = get("/releases?page=%25ZZ&size=1e9&sort=%3Cscript%3E");
		HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(uri("/api/releases"))
			.DELETE()
			.header("Accept", "application/json")
			.build());
		HttpResponse<String> clamped = get("/api/releases?page=-1&size=abc");

		assertThat(badPage.statusCode()).isIn(200, 400);
		assertThat(badPage.body()).doesNotContain("Exception", "at org.", "Whitelabel");
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(wrongMethod.body()).doesNotContain("Exception", "at org.");
		assertThat(clamped.statusCode()).isEqualTo(200);
		assertThat(clamped.body()).contains("\"page\":0", "\"size\":20");
	}

	@Test
	void apiRequestsInAFormatTheAddressDoesNotSpeakAreToldWhichItDoes() throws Exception {
		HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(uri("/api/releases")).DELETE().build());
		HttpResponse<String> xmlWanted = send(HttpRequest.newBuilder(uri("/api/releases"))
			.header("Accept", "application/xml")
			.build());
		String admin = Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> pdfSent = send(HttpRequest.newBuilder(uri("/api/admin/import"))
			.header("Authorization", "Basic " + admin)
			.header("Content-Type", "application/pdf")
			.POST(HttpRequest.BodyPublishers.ofString("%PDF-1.7"))
			.build());

		assertThat(wrongMethod.body()).isEqualTo(
				"{\"status\":405,\"error\":\"Method Not Allowed\",\"message\":\"This page cannot be used that way.\"}");
		assertThat(xmlWanted.statusCode()).isEqualTo(406);
		assertThat(xmlWanted.body()).contains("cannot answer in the format the request asked for");
		assertThat(pdfSent.statusCode()).isEqualTo(415);
		assertThat(pdfSent.body()).contains("does not take content of that type; it takes ", "application/x-ndjson",
				"text/markdown", "multipart/form-data");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).build());
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
