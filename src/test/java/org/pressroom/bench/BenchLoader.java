package org.pressroom.bench;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a generated JSON Lines file straight into Pressroom's H2 schema with batched JDBC inserts, for benchmarks
 * that need 100,000 releases in minutes: it skips the importer's text clean-up and name matching (names in
 * generated files are already clean). The schema must exist (start the app once); rebuild the index afterwards
 * with {@code reindex}.
 *
 * <p>
 * Usage: {@code BenchLoader JDBC_URL FILE.jsonl}.
 */
public final class BenchLoader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private BenchLoader() {
	}

	public static void main(String[] args) throws Exception {
		try (Connection db = DriverManager.getConnection(args[0], "sa", "")) {
			db.setAutoCommit(false);
			Map<String, Long> countries = new HashMap<>();
			try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select id, code from country")) {
				while (rs.next()) {
					countries.put(rs.getString(2), rs.getLong(1));
				}
			}
			Map<String, Long> ministers = new HashMap<>();
			Map<String, Long> agreements = new HashMap<>();
			Map<String, Long> topics = new HashMap<>();
			Timestamp now = Timestamp.from(Instant.now());
			try (BufferedReader reader = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8);
					PreparedStatement release = db.prepareStatement(
							"insert into press_release (id, slug, title, summary, body, published, issuer, issuing_country_id,"
									+ " type, language, source_url, status, created_at, updated_at, version)"
									+ " values (next value for press_release_seq, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, 0)",
							new String[] { "id" });
					PreparedStatement releaseMinister = db
						.prepareStatement("insert into release_minister (release_id, minister_id) values (?, ?)");
					PreparedStatement releaseCountry = db
						.prepareStatement("insert into release_country (release_id, country_id) values (?, ?)");
					PreparedStatement releaseAgreement = db
						.prepareStatement("insert into release_agreement (release_id, agreement_id) values (?, ?)");
					PreparedStatement releaseTopic = db
						.prepareStatement("insert into release_topic (release_id, topic_id) values (?, ?)")) {
				String line;
				int n = 0;
				while ((line = reader.readLine()) != null) {
					JsonNode node = JSON.readTree(line);
					n++;
					String country = node.path("country").asString(null);
					String slug = PostgresSearchBenchmark.slug(node.path("title").asString());
					release.setString(1, slug.substring(0, Math.min(slug.length(), 200)) + "-" + n);
					release.setString(2, node.path("title").asString());
					release.setString(3, node.path("summary").asString(null));
					release.setString(4, node.path("body").asString());
					release.setDate(5, Date.valueOf(LocalDate.parse(node.path("published").asString())));
					release.setString(6, node.path("issuer").asString(null));
					release.setObject(7, (country != null) ? countries.get(country) : null);
					release.setString(8, node.path("type").asString(null));
					release.setString(9, node.path("language").asString(null));
					release.setString(10, node.path("source_url").asString(null));
					release.setTimestamp(11, now);
					release.setTimestamp(12, now);
					release.executeUpdate();
					long id;
					try (ResultSet keys = release.getGeneratedKeys()) {
						keys.next();
						id = keys.getLong(1);
					}
					for (String name : names(node.path("ministers"))) {
						link(releaseMinister, id, ministers.computeIfAbsent(name, (k) -> insert(db,
								"insert into minister (slug, name, reviewed, version) values (?, ?, true, 0)", k)));
					}
					for (String code : names(node.path("countries"))) {
						Long countryId = countries.get(code.toUpperCase(Locale.ROOT));
						if (countryId != null) {
							link(releaseCountry, id, countryId);
						}
					}
					for (String title : names(node.path("agreements"))) {
						link(releaseAgreement, id, agreements.computeIfAbsent(title, (k) -> insert(db,
								"insert into agreement (slug, title, kind, status, version) values (?, ?, 'AGREEMENT', 'SIGNED', 0)",
								k)));
					}
					for (String name : names(node.path("topics"))) {
						link(releaseTopic, id, topics.computeIfAbsent(name,
								(k) -> insert(db, "insert into topic (slug, name, version) values (?, ?, 0)", k)));
					}
					if (n % 1000 == 0) {
						releaseMinister.executeBatch();
						releaseCountry.executeBatch();
						releaseAgreement.executeBatch();
						releaseTopic.executeBatch();
						db.commit();
					}
				}
				releaseMinister.executeBatch();
				releaseCountry.executeBatch();
				releaseAgreement.executeBatch();
				releaseTopic.executeBatch();
				db.commit();
				System.out.printf("loaded %d releases%n", n);
			}
		}
	}

	private static Set<String> names(JsonNode array) {
		Set<String> names = new LinkedHashSet<>();
		array.forEach((value) -> names.add(value.asString()));
		return names;
	}

	private static void link(PreparedStatement statement, long release, long other) throws java.sql.SQLException {
		statement.setLong(1, release);
		statement.setLong(2, other);
		statement.addBatch();
	}

	private static long insert(Connection db, String sql, String name) {
		try (PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
			insert.setString(1, PostgresSearchBenchmark.slug(name));
			insert.setString(2, name);
			insert.executeUpdate();
			try (ResultSet keys = insert.getGeneratedKeys()) {
				keys.next();
				return keys.getLong(1);
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}


}
