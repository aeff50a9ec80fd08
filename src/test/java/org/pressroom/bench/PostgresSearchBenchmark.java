package org.pressroom.bench;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search page's work done by PostgreSQL full-text search, for comparison: loads a JSON Lines file into a real
 * PostgreSQL (a weighted {@code tsvector} of title, summary, ministers and body with a GIN index), then answers each
 * query as the page does (total, top 20 by {@code ts_rank} with {@code ts_headline} snippets, and counts of every
 * facet in SQL) from concurrent clients, and prints p50, p99 and requests per second.
 *
 * <p>
 * Usage: {@code PostgresSearchBenchmark FILE.jsonl SECONDS CLIENTS QUERY...}, each QUERY as the search page's
 * parameters ({@code q=migration&minister=priti-patel}).
 */
public final class PostgresSearchBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PostgresSearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		int seconds = Integer.parseInt(args[1]);
		int clients = Integer.parseInt(args[2]);
		List<String> queries = Arrays.asList(args).subList(3, args.length);
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPGStartupWait(java.time.Duration.ofSeconds(60))
			.start()) {
			long start = System.nanoTime();
			try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
				load(connection, file);
			}
			System.out.printf(Locale.ROOT, "postgres: loaded and indexed %s in %.0f s%n", file.getFileName(),
					(System.nanoTime() - start) / 1e9);
			for (String query : queries) {
				run(postgres, query, seconds, clients);
			}
		}
	}

	private static void load(Connection connection, Path file) throws Exception {
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("""
					create table release (id int primary key, title text not null, summary text, body text not null,
					  published date not null, type text, names text,
					  tsv tsvector generated always as (
					    setweight(to_tsvector('english', title), 'A') ||
					    setweight(to_tsvector('english', coalesce(summary, '') || ' ' || coalesce(names, '')), 'B') ||
					    setweight(to_tsvector('english', body), 'D')) stored)""");
			ddl.execute("create table release_facet (release_id int not null, facet text not null, value text not null)");
		}
		connection.setAutoCommit(false);
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				PreparedStatement release = connection.prepareStatement(
						"insert into release (id, title, summary, body, published, type, names) values (?, ?, ?, ?, ?, ?, ?)");
				PreparedStatement facet = connection
					.prepareStatement("insert into release_facet (release_id, facet, value) values (?, ?, ?)")) {
			String line;
			int id = 0;
			while ((line = reader.readLine()) != null) {
				JsonNode node = JSON.readTree(line);
				id++;
				List<String> ministers = strings(node.path("ministers"));
				release.setInt(1, id);
				release.setString(2, node.path("title").asString());
				release.setString(3, node.path("summary").asString(null));
				release.setString(4, node.path("body").asString());
				release.setDate(5, Date.valueOf(LocalDate.parse(node.path("published").asString())));
				release.setString(6, node.path("type").asString(null));
				release.setString(7, String.join(" ", ministers));
				release.addBatch();
				for (String minister : ministers) {
					addFacet(facet, id, "minister", slug(minister));
				}
				for (String country : strings(node.path("countries"))) {
					addFacet(facet, id, "country", country.toLowerCase(Locale.ROOT));
				}
				for (String agreement : strings(node.path("agreements"))) {
					addFacet(facet, id, "agreement", slug(agreement));
				}
				for (String topic : strings(node.path("topics"))) {
					addFacet(facet, id, "topic", slug(topic));
				}
				if (id % 1000 == 0) {
					release.executeBatch();
					facet.executeBatch();
				}
			}
			release.executeBatch();
			facet.executeBatch();
		}
		connection.commit();
		connection.setAutoCommit(true);
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("create index release_tsv on release using gin (tsv)");
			ddl.execute("create index release_facet_release on release_facet (release_id)");
			ddl.execute("create index release_facet_value on release_facet (facet, value, release_id)");
			ddl.execute("vacuum analyze");
		}
	}

	private static void addFacet(PreparedStatement facet, int id, String name, String value) throws SQLException {
		facet.setInt(1, id);
		facet.setString(2, name);
		facet.setString(3, value);
		facet.addBatch();
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

	static String slug(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

	private static void run(EmbeddedPostgres postgres, String query, int seconds, int clients) throws Exception {
		SqlSearch search = SqlSearch.of(query);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		try (Connection warm = postgres.getPostgresDatabase().getConnection()) {
			search.execute(warm);
		}
		List<Future<List<Long>>> futures = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			futures.add(pool.submit(() -> {
				List<Long> latencies = new ArrayList<>();
				try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
					while (System.nanoTime() < end) {
						long t = System.nanoTime();
						search.execute(connection);
						latencies.add(System.nanoTime() - t);
					}
				}
				return latencies;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> future : futures) {
			all.addAll(future.get());
		}
		pool.shutdown();
		all.sort(null);
		System.out.printf(Locale.ROOT, "postgres %-60s p50 %8.2f ms  p99 %8.2f ms  %8.1f req/s  (%d matches)%n",
				query, percentile(all, 0.50), percentile(all, 0.99), all.size() / (double) seconds, search.total);
	}

	private static double percentile(List<Long> sorted, double p) {
		return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())))
				/ 1e6;
	}

	/** One search as SQL: the text as {@code websearch_to_tsquery} (phrases, -words, OR), filters as EXISTS. */
	private static final class SqlSearch {

		private final String text;

		private final List<String[]> filters;

		private long total;

		private SqlSearch(String text, List<String[]> filters) {
			this.text = text;
			this.filters = filters;
		}

		static SqlSearch of(String parameters) {
			String text = "";
			List<String[]> filters = new ArrayList<>();
			for (String pair : parameters.split("&")) {
				String[] kv = pair.split("=", 2);
				String value = java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
				if (kv[0].equals("q")) {
					text = value;
				}
				else {
					filters.add(new String[] { kv[0], value });
				}
			}
			return new SqlSearch(text, filters);
		}

		private String where() {
			StringBuilder where = new StringBuilder("r.tsv @@ websearch_to_tsquery('english', ?)");
			for (int i = 0; i < this.filters.size(); i++) {
				where.append(" and exists (select 1 from release_facet f where f.release_id = r.id and f.facet = ?")
					.append(" and f.value = ?)");
			}
			return where.toString();
		}

		private int bind(PreparedStatement statement) throws SQLException {
			int i = 1;
			statement.setString(i++, this.text);
			for (String[] filter : this.filters) {
				statement.setString(i++, filter[0]);
				statement.setString(i++, filter[1]);
			}
			return i;
		}

		void execute(Connection connection) throws SQLException {
			String where = where();
			try (PreparedStatement count = connection
				.prepareStatement("select count(*) from release r where " + where)) {
				bind(count);
				try (ResultSet rs = count.executeQuery()) {
					rs.next();
					this.total = rs.getLong(1);
				}
			}
			try (PreparedStatement hits = connection.prepareStatement("""
					select h.id, h.title, h.published, h.type,
					  ts_headline('english', h.body, websearch_to_tsquery('english', ?), 'MaxFragments=2, StartSel=<mark>, StopSel=</mark>')
					from (select r.id, r.title, r.published, r.type, r.body,
					        ts_rank(r.tsv, websearch_to_tsquery('english', ?)) as rank
					      from release r where %s order by rank desc, r.published desc limit 20) h
					order by h.rank desc, h.published desc""".formatted(where))) {
				hits.setString(1, this.text);
				hits.setString(2, this.text);
				int i = 3;
				statementBindRest(hits, i);
				drain(hits);
			}
			try (PreparedStatement facets = connection.prepareStatement("""
					select f.facet, f.value, count(*) from release_facet f join release r on r.id = f.release_id
					where %s group by f.facet, f.value""".formatted(where))) {
				bind(facets);
				drain(facets);
			}
			try (PreparedStatement types = connection.prepareStatement(
					"select r.type, count(*) from release r where " + where + " group by r.type")) {
				bind(types);
				drain(types);
			}
			try (PreparedStatement months = connection.prepareStatement(
					"select date_trunc('month', r.published), count(*) from release r where " + where
							+ " group by 1")) {
				bind(months);
				drain(months);
			}
		}

		private void statementBindRest(PreparedStatement statement, int start) throws SQLException {
			int i = start;
			statement.setString(i++, this.text);
			for (String[] filter : this.filters) {
				statement.setString(i++, filter[0]);
				statement.setString(i++, filter[1]);
			}
		}

		private static void drain(PreparedStatement statement) throws SQLException {
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rs.getObject(1);
				}
			}
		}

	}

}
