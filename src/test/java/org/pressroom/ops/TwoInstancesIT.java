package org.pressroom.ops;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.pressroom.Command;
import org.pressroom.PressroomApplication;
import org.pressroom.release.PressRelease;
import org.pressroom.search.ReleaseSearch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several app instances on one PostgreSQL and one OpenSearch, as in production (profiles
 * {@code postgres,opensearch}, outbox-polling coordination, sessions in the database), all real servers.
 */
class TwoInstancesIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ADMIN_PASSWORD = "test-admin-password";

	private static String database;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() throws IOException {
		database = PostgresServer.newDatabase();
		first = start();
		second = start();
	}

	@AfterAll
	static void stop() {
		second.close();
		first.close();
	}

	@Test
	void releaseImportedOnOneInstanceIsFoundOnTheOtherWithinTwoSeconds() throws Exception {
		HttpResponse<String> imported = importLines(first,
				"{\"title\":\"Harbour pilots agreement renewed\",\"published\":\"2024-05-02\","
						+ "\"body\":\"The lighthouse keepers of Ostend welcomed the renewal.\"}");
		Instant committed = Instant.now();
		assertThat(imported.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(imported.body()).path("imported").asInt()).isEqualTo(1);

		JsonNode found = awaitHits(second, "lighthouse keepers", 1, Duration.ofSeconds(2));

		assertThat(found.path("hits").get(0).path("title").asString().replaceAll("</?mark>", ""))
			.isEqualTo("Harbour pilots agreement renewed");
		assertThat(Duration.between(committed, Instant.now())).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void adminSignedInOnOneInstanceStaysSignedInOnTheOther() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		String loginPage = browser.send(get(first, "/login"), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).as("CSRF token on the sign-in page").isTrue();
		String sessionBefore = sessionCookie(cookies);

		HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(uri(first, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
					+ URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElse("")).endsWith("/admin");
		assertThat(sessionCookie(cookies)).as("a new session id on sign-in").isNotNull().isNotEqualTo(sessionBefore);

		// The same cookie, sent to the other instance (both run on localhost, so the cookie goes along)
		HttpResponse<String> admin = browser.send(get(second, "/admin/releases"), HttpResponse.BodyHandlers.ofString());

		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.body()).contains("<h1>Releases</h1>");
	}

	@Test
	void instanceStoppedMidwayThroughABatchOfEditsLeavesAnIndexThatMatchesTheDatabase() throws Exception {
		ConfigurableApplicationContext doomed = start();
		List<Long> ids = new ArrayList<>();
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			lines.append("{\"title\":\"Fisheries quota notice ").append(i).append("\",\"published\":\"2023-01-")
				.append(String.format("%02d", 1 + i % 28))
				.append("\",\"body\":\"Quota notice for the herring season.\"}\n");
		}
		assertThat(importLines(doomed, lines.toString()).statusCode()).isEqualTo(200);
		JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
		ids.addAll(jdbc.queryForList("select id from press_release where title like 'Fisheries quota notice %'",
				Long.class));
		assertThat(ids).hasSize(40);

		AtomicInteger committedEdits = new AtomicInteger();
		CompletableFuture<Void> edits = CompletableFuture.runAsync(() -> {
			TransactionTemplate transactions = doomed.getBean(TransactionTemplate.class);
			EntityManager entityManager = doomed.getBean(EntityManager.class);
			for (Long id : ids) {
				transactions.executeWithoutResult((tx) -> entityManager.find(PressRelease.class, id)
					.setTitle("Mackerel quota notice " + id));
				committedEdits.incrementAndGet();
				pause();
			}
		});
		while (committedEdits.get() < 10) {
			Thread.sleep(5);
		}
		doomed.close();
		edits.handle((done, failure) -> null).join();

		int edited = jdbc.queryForObject("select count(*) from press_release where title like 'Mackerel quota notice %'",
				Integer.class);
		assertThat(edited).as("edits committed before the instance stopped").isGreaterThanOrEqualTo(10);
		awaitHits(second, "mackerel", edited, Duration.ofSeconds(30));
		awaitHits(second, "fisheries", 40 - edited, Duration.ofSeconds(30));
		ReleaseSearch search = second.getBean(ReleaseSearch.class);
		int releases = jdbc.queryForObject("select count(*) from press_release", Integer.class);
		assertThat(search.indexedDocuments()).isEqualTo(releases);
		assertThat(jdbc.queryForObject("select count(*) from hsearch_outbox_event", Integer.class)).isZero();
	}

	@Test
	void reindexCommandRebuildsTheSharedIndexFromTheDatabase() throws Exception {
		JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
		assertThat(importLines(first, "{\"title\":\"Coastguard cooperation statement\",\"published\":\"2022-11-03\","
				+ "\"body\":\"Search and rescue at sea.\"}").statusCode()).isEqualTo(200);

		int exit = reindex();

		assertThat(exit).isZero();
		int releases = jdbc.queryForObject("select count(*) from press_release", Integer.class);
		assertThat(second.getBean(ReleaseSearch.class).indexedDocuments()).isEqualTo(releases);
		assertThat(awaitHits(second, "coastguard", 1, Duration.ofSeconds(2)).path("hits")
			.get(0)
			.path("title")
			.asString()
			.replaceAll("</?mark>", "")).isEqualTo("Coastguard cooperation statement");
	}

	@Test
	void reindexCommandReplacesAnIndexAnOlderVersionCreatedWithOtherFields() throws Exception {
		JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
		assertThat(importLines(first, "{\"title\":\"Lifeboat crews honoured\",\"published\":\"2021-06-12\","
				+ "\"body\":\"Volunteers of the lifeboat stations.\"}").statusCode()).isEqualTo(200);
		awaitHits(second, "lifeboat", 1, Duration.ofSeconds(2));
		// the index as an older version left it, without a field this version writes
		HttpClient http = HttpClient.newHttpClient();
		String index = "http://" + OpenSearchNode.hosts() + "/release-000001";
		http.send(HttpRequest.newBuilder(URI.create(index)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(index))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"aliases\": {\"release-write\": {\"is_write_index\": true}, "
					+ "\"release-read\": {}}, \"mappings\": {\"dynamic\": \"strict\", "
					+ "\"properties\": {\"title\": {\"type\": \"text\"}}}}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
		assertThatThrownBy(TwoInstancesIT::start).hasStackTraceContaining("Validation of the existing index");

		int exit = reindex();

		assertThat(exit).isZero();
		int releases = jdbc.queryForObject("select count(*) from press_release", Integer.class);
		assertThat(second.getBean(ReleaseSearch.class).indexedDocuments()).isEqualTo(releases);
		assertThat(awaitHits(second, "lifeboat", 1, Duration.ofSeconds(2)).path("facets").path("year").get(0)
			.path("value")
			.asString()).isEqualTo("2021");
		start().close();
	}

	private static int reindex() throws IOException {
		return SpringApplication.exit(PressroomApplication.forCommand(Command.REINDEX).run(arguments("reindex")));
	}

	private static String sessionCookie(CookieManager cookies) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("SESSION"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/** An admin's pace: the instance is stopped while the batch is still going. */
	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static ConfigurableApplicationContext start() throws IOException {
		return new SpringApplicationBuilder(PressroomApplication.class).run(arguments());
	}

	private static String[] arguments(String... command) throws IOException {
		List<String> arguments = new ArrayList<>(List.of(command));
		arguments.addAll(List.of("--spring.profiles.active=postgres,opensearch",
				"--server.port=0", "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--pressroom.search.hosts=" + OpenSearchNode.hosts(),
				"--pressroom.data-dir=" + Files.createTempDirectory("pressroom-instance"),
				"--pressroom.sample-data=false", "--pressroom.admin.password=" + ADMIN_PASSWORD,
				// what the opensearch profile says, over the test settings' synchronous single-instance indexing
				"--spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=",
				"--spring.jpa.properties.hibernate.search.coordination.strategy=outbox-polling"));
		return arguments.toArray(String[]::new);
	}

	private static HttpResponse<String> importLines(ConfigurableApplicationContext instance, String lines)
			throws IOException, InterruptedException {
		String credentials = Base64.getEncoder()
			.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri(instance, "/api/admin/import"))
				.header("Authorization", "Basic " + credentials)
				.header("Content-Type", "application/x-ndjson")
				.POST(HttpRequest.BodyPublishers.ofString(lines))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The search API's answer once it has exactly {@code total} hits; fails after the timeout. */
	private static JsonNode awaitHits(ConfigurableApplicationContext instance, String query, int total,
			Duration timeout) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		HttpClient client = HttpClient.newHttpClient();
		JsonNode answer;
		do {
			answer = JSON.readTree(client.send(get(instance, "/api/search?size=100&q="
					+ URLEncoder.encode(query, StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString()).body());
			if (answer.path("total").asInt() == total) {
				return answer;
			}
			Thread.sleep(50);
		}
		while (Instant.now().isBefore(deadline));
		assertThat(answer.path("total").asInt()).as("hits for \"%s\" after %s", query, timeout).isEqualTo(total);
		return answer;
	}

	private static HttpRequest get(ConfigurableApplicationContext instance, String path) {
		return HttpRequest.newBuilder(uri(instance, path)).GET().build();
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

}
