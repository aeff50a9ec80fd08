package org.pressroom.admin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a real server answers to requests the admin side refuses before any controller sees them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = AdminTestContext.ISOLATED)
class AdminErrorPagesIT {

	@LocalServerPort
	int port;

	// HTTP/1.1: an HTTP/2 upgrade request with a large body is refused by the server before the application sees it
	final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void anOversizedFormGetsTheTooLargePage() throws Exception {
		String form = "title=Big&body=" + "x".repeat(5 * 1024 * 1024);

		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/admin/releases"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("<h1>Too large</h1>", "forms up to 4 MB").doesNotContain("Exception");
	}

	@Test
	void aFormPostWithoutCsrfTokenGetsTheNotAllowedPage() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=test-admin-password"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("<h1>Not allowed</h1>", "reload the page and try again");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
