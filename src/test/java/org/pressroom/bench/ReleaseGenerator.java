package org.pressroom.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes N releases in Pressroom's JSON Lines import format from the real corpus, for benchmarks: real titles,
 * bodies recombined from real paragraphs, and realistic mixes of ministers, countries, agreements, topics and
 * dates. Deterministic (fixed seed), so every run of a benchmark loads the same archive.
 *
 * <p>
 * Usage: {@code ReleaseGenerator N OUT.jsonl [CORPUS]}; the corpus may be gzip-compressed.
 */
public final class ReleaseGenerator {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** People who speak for governments, with the country each speaks for; earlier ones appear more often. */
	static final List<String[]> MINISTERS = List.of(new String[] { "Priti Patel", "GB" },
			new String[] { "Annelies Verlinden", "BE" }, new String[] { "Joe Biden", "US" },
			new String[] { "Antony Blinken", "US" }, new String[] { "Kamala Harris", "US" },
			new String[] { "Donald Trump", "US" }, new String[] { "Marco Rubio", "US" },
			new String[] { "Boris Johnson", "GB" }, new String[] { "Rishi Sunak", "GB" },
			new String[] { "Keir Starmer", "GB" }, new String[] { "James Cleverly", "GB" },
			new String[] { "David Cameron", "GB" }, new String[] { "Theresa May", "GB" },
			new String[] { "Liz Truss", "GB" }, new String[] { "Suella Braverman", "GB" },
			new String[] { "Yvette Cooper", "GB" }, new String[] { "Alexander De Croo", "BE" },
			new String[] { "Emmanuel Macron", "FR" }, new String[] { "Gérald Darmanin", "FR" },
			new String[] { "Olaf Scholz", "DE" }, new String[] { "Nancy Faeser", "DE" },
			new String[] { "Volodymyr Zelenskyy", "UA" }, new String[] { "Justin Trudeau", "CA" },
			new String[] { "Fumio Kishida", "JP" }, new String[] { "Giorgia Meloni", "IT" },
			new String[] { "Mark Rutte", "NL" }, new String[] { "Pedro Sánchez", "ES" },
			new String[] { "Anthony Albanese", "AU" }, new String[] { "Narendra Modi", "IN" },
			new String[] { "Ursula von der Leyen", "BE" }, new String[] { "Jens Stoltenberg", "NO" },
			new String[] { "Alejandro Mayorkas", "US" }, new String[] { "Janet Yellen", "US" },
			new String[] { "Lloyd Austin", "US" }, new String[] { "Merrick Garland", "US" },
			new String[] { "Andrzej Duda", "PL" }, new String[] { "Ulf Kristersson", "SE" },
			new String[] { "Leo Varadkar", "IE" }, new String[] { "Recep Tayyip Erdoğan", "TR" },
			new String[] { "Yoon Suk Yeol", "KR" });

	static final List<String> COUNTRIES = List.of("GB", "US", "BE", "FR", "DE", "UA", "RU", "CA", "JP", "IT",
			"NL", "ES", "AU", "IN", "CN", "PL", "SE", "IE", "TR", "KR", "MX", "BR", "IL", "EG", "SA", "PK", "NG",
			"KE", "ZA", "NO", "DK", "FI", "GR", "PT", "AT", "CH", "CZ", "RO", "HU", "VN");

	static final List<String> AGREEMENTS = List.of("Joint Declaration on Combating Immigration Crimes",
			"UK–Belgium Police Cooperation Agreement", "UK–Belgium Law Enforcement Cooperation Agreement",
			"Paris Agreement", "AUKUS Partnership", "Windsor Framework", "Trade and Cooperation Agreement",
			"Atlantic Declaration", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership",
			"Black Sea Grain Initiative", "Memorandum of Understanding on Migration and Economic Development",
			"Agreement on Security Cooperation between the United Kingdom and Ukraine", "Camp David Principles",
			"Hiroshima Accord", "Joint Comprehensive Plan of Action", "New START Treaty",
			"United States–Mexico–Canada Agreement", "Minerals Security Partnership");

	static final List<String> TOPICS = List.of("Illegal migration", "Organised crime", "Drug trafficking",
			"Police cooperation", "Climate change", "Trade", "Energy security", "Public health", "Defence",
			"Cyber security", "Human rights", "Economic growth", "Education", "Housing", "Infrastructure",
			"Terrorism", "Foreign aid", "Disaster relief", "Veterans", "Taxation", "Technology", "Agriculture",
			"Border security", "Sanctions", "Elections");

	private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);

	private static final int DAYS = (int) (LocalDate.of(2026, 6, 30).toEpochDay() - FIRST.toEpochDay());

	private final List<String> titles = new ArrayList<>();

	private final List<String> summaries = new ArrayList<>();

	private final List<String> paragraphs = new ArrayList<>();

	private final List<String> types = new ArrayList<>();

	private final List<String> issuers = new ArrayList<>();

	private final Random random = new Random(20260101L);

	private ReleaseGenerator() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			throw new IllegalArgumentException("usage: ReleaseGenerator N OUT.jsonl [CORPUS]");
		}
		int count = Integer.parseInt(args[0]);
		Path out = Path.of(args[1]);
		Path corpus = Path.of((args.length > 2) ? args[2] : "bench/corpus/releases.jsonl.gz");
		ReleaseGenerator generator = new ReleaseGenerator();
		generator.read(corpus);
		try (OutputStream stream = Files.newOutputStream(out);
				BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
			for (int i = 0; i < count; i++) {
				writer.write(JSON.writeValueAsString(generator.release(i)));
				writer.newLine();
			}
		}
	}

	private void read(Path corpus) throws IOException {
		try (InputStream file = Files.newInputStream(corpus);
				InputStream in = corpus.toString().endsWith(".gz") ? new GZIPInputStream(file) : file;
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode node = JSON.readTree(line);
				this.titles.add(node.path("title").asString());
				if (node.hasNonNull("description")) {
					this.summaries.add(node.get("description").asString().strip());
				}
				for (String paragraph : node.path("body").asString().split("\n\\s*\n")) {
					if (paragraph.strip().length() > 40) {
						this.paragraphs.add(paragraph.strip());
					}
				}
				this.types.add(node.path("document_type").asString("press release"));
				JsonNode organisations = node.path("organisations");
				this.issuers.add(organisations.isArray() && !organisations.isEmpty() ? organisations.get(0).asString()
						: node.path("government").asString());
			}
		}
	}

	private Map<String, Object> release(int n) {
		int source = this.random.nextInt(this.titles.size());
		String[] lead = MINISTERS.get(skewed(MINISTERS.size()));
		Set<String> ministers = new LinkedHashSet<>(List.of(lead[0]));
		Set<String> countries = new LinkedHashSet<>(List.of(lead[1]));
		for (int i = this.random.nextInt(3); i > 0; i--) {
			String[] other = MINISTERS.get(skewed(MINISTERS.size()));
			ministers.add(other[0]);
			countries.add(other[1]);
		}
		for (int i = this.random.nextInt(3); i > 0; i--) {
			countries.add(COUNTRIES.get(skewed(COUNTRIES.size())));
		}
		List<String> agreements = (this.random.nextInt(10) < 3)
				? List.of(AGREEMENTS.get(skewed(AGREEMENTS.size()))) : List.of();
		Set<String> topics = new LinkedHashSet<>();
		for (int i = 1 + this.random.nextInt(3); i > 0; i--) {
			topics.add(TOPICS.get(skewed(TOPICS.size())));
		}
		StringBuilder body = new StringBuilder();
		body.append(lead[0]).append(" said: ").append(paragraph());
		for (int i = 2 + this.random.nextInt(8); i > 0; i--) {
			body.append("\n\n").append(paragraph());
		}
		Map<String, Object> release = new java.util.LinkedHashMap<>();
		release.put("title", this.titles.get(source));
		release.put("published", FIRST.plusDays(this.random.nextInt(DAYS + 1)).toString());
		release.put("body", body.toString());
		if (!this.summaries.isEmpty() && this.random.nextInt(4) == 0) {
			release.put("summary", this.summaries.get(this.random.nextInt(this.summaries.size())));
		}
		release.put("issuer", this.issuers.get(source));
		release.put("country", lead[1]);
		release.put("type", this.types.get(source));
		release.put("language", "en");
		release.put("source_url", "https://bench.pressroom.example/releases/" + n);
		release.put("ministers", List.copyOf(ministers));
		release.put("countries", List.copyOf(countries));
		release.put("agreements", agreements);
		release.put("topics", List.copyOf(topics));
		return release;
	}

	private String paragraph() {
		return this.paragraphs.get(this.random.nextInt(this.paragraphs.size()));
	}

	/** An index in [0, size) where small ones are more likely, as a few people and places dominate the news. */
	private int skewed(int size) {
		double u = this.random.nextDouble();
		return Math.min(size - 1, (int) (size * u * u));
	}

}
