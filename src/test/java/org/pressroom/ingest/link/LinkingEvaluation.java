package org.pressroom.ingest.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import jakarta.persistence.EntityManager;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.pressroom.PressroomApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures how well linking finds ministers and countries in text alone, on the real corpus: where the corpus
 * knows who and which country a release is about (GOV.UK's structured {@code people} and {@code countries}; the
 * counterpart a White House readout names in its title, "Readout of President Biden's Call with Prime Minister
 * Justin Trudeau of Canada"), the body is linked without that knowledge, against an archive that knows the
 * countries but no minister, and what the text yields is compared with it. Prints precision and recall.
 *
 * <p>
 * Run with {@code bench/link-eval.sh [CORPUS]}. Each release is linked in a transaction that is rolled back, so
 * every one is judged on its own text.
 */
public final class LinkingEvaluation {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

	private static final String TITLES = "Prime Minister|President|Chancellor|King|Queen|Emir|Crown Prince|Taoiseach"
			+ "|Premier|Sultan|Amir";

	/** "... Call with Prime Minister Justin Trudeau of Canada", "... Call with President Macron of France and ...". */
	private static final Pattern WITH = Pattern
		.compile("(?:Call|Meeting|Conversation|Calls|Meetings|Visit)\\s+[Ww]ith\\s+(.+)$");

	/** One counterpart after "with": "Prime Minister Justin Trudeau of Canada". */
	private static final Pattern COUNTERPART = Pattern.compile("^(?:the\\s+)?(?:" + TITLES
			+ ")\\s+(\\p{Lu}[\\p{L}'’.\\- ]+?)\\s+[Oo]f\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}’' ]+?)\\s*$");

	/** Everyone the title names with a title: "President Biden", "Vice President Kamala Harris". */
	private static final Pattern TITLED = Pattern.compile("(?:Vice President|" + TITLES + ")\\s+((?:\\p{Lu}[\\p{L}'’.\\-]*"
			+ "|bin|al|de|van|von)(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|bin|al|de|van|von))*)");

	private static final Pattern HONORIFICS = Pattern.compile("^(?:The\\s+)?(?:Rt\\.?\\s+)?(?:Hon\\.?\\s+)?|\\s+(?:MP|QC|KC|OBE|CBE|MBE)$");

	private LinkingEvaluation() {
	}

	public static void main(String[] args) throws IOException {
		Path corpus = Path.of((args.length > 0) ? args[0] : "bench/corpus/releases.jsonl.gz");
		Path data = Files.createTempDirectory("pressroom-link-eval");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PressroomApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			// as arguments, which outrank application.properties (default properties do not)
			.run("--pressroom.data-dir=" + data, "--pressroom.sample-data=false",
					"--spring.datasource.url=jdbc:h2:mem:eval;DB_CLOSE_DELAY=-1", "--logging.level.root=WARN")) {
			new Evaluation(context.getBean(EntityManager.class), context.getBean(TransactionTemplate.class))
				.run(corpus, System.out);
		}
	}

	private static final class Evaluation {

		private final EntityManager entityManager;

		private final TransactionTemplate transactions;

		private final Score ministers = new Score();

		private final Score countries = new Score();

		private int releases;

		private int firstCountries;

		private int firstCountriesRight;

		private final List<String> misses = new ArrayList<>();

		private final List<String> extras = new ArrayList<>();

		Evaluation(EntityManager entityManager, TransactionTemplate transactions) {
			this.entityManager = entityManager;
			this.transactions = transactions;
		}

		void run(Path corpus, PrintStream out) throws IOException {
			long started = System.nanoTime();
			try (InputStream raw = Files.newInputStream(corpus);
					InputStream in = corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
					BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				for (String line; (line = reader.readLine()) != null;) {
					if (!line.isBlank()) {
						judge(JSON.readTree(line));
					}
				}
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			out.printf("Linking evaluation on %s: %d releases with known people or countries (%.1f s)%n", corpus,
					this.releases, seconds);
			out.printf("  ministers: precision %.3f  recall %.3f  (%d found, %d expected, %d correct)%n",
					this.ministers.precision(), this.ministers.recall(), this.ministers.found, this.ministers.expected,
					this.ministers.correct);
			out.printf("  countries: precision %.3f  recall %.3f  (%d found, %d expected, %d correct)%n",
					this.countries.precision(), this.countries.recall(), this.countries.found,
					this.countries.expected, this.countries.correct);
			out.printf("  countries, first named: the release's subject in %.3f of %d releases%n",
					(double) this.firstCountriesRight / Math.max(1, this.firstCountries), this.firstCountries);
			if (Boolean.getBoolean("eval.verbose")) {
				out.println("Missed:");
				this.misses.stream().limit(60).forEach((miss) -> out.println("  " + miss));
				out.println("Extra:");
				this.extras.stream().limit(120).forEach((extra) -> out.println("  " + extra));
			}
		}

		private void judge(JsonNode record) {
			String title = record.path("title").asString("");
			Set<String> people = new LinkedHashSet<>();
			Set<String> places = new LinkedHashSet<>();
			record.path("people").forEach((person) -> people.add(HONORIFICS.matcher(person.asString()).replaceAll("")));
			record.path("countries").forEach((country) -> places.add(country.asString()));
			// every counterpart the title names: "with President Macron of France and Chancellor Scholz of Germany"
			boolean readout = false;
			Matcher with = WITH.matcher(title);
			if (with.find()) {
				for (String part : with.group(1).split(",\\s+(?:and\\s+)?|\\s+and\\s+(?=(?:the\\s+)?(?:" + TITLES + ")\\s)")) {
					Matcher counterpart = COUNTERPART.matcher(part.strip());
					if (counterpart.find()) {
						readout = true;
						people.add(counterpart.group(1).strip());
						places.add(counterpart.group(2).strip());
					}
				}
			}
			if (readout) {
				Matcher titled = TITLED.matcher(title);
				while (titled.find()) {
					String name = titled.group(1)
						.replaceAll("\\s+(?:Call|Meeting|Virtual|Phone|Video|Bilateral|Trilateral|Calls|Meetings|Upcoming)\\b.*$", "")
						.replaceAll("[’']s\\.?$", "")
						.strip();
					if (people.stream().noneMatch((person) -> samePersonName(person, name))) {
						people.add(name);
					}
				}
			}
			if (people.isEmpty() && places.isEmpty()) {
				return;
			}
			String issuer = record.path("government").asString("");
			String body = record.path("body").asString("");
			this.transactions.executeWithoutResult((tx) -> {
				tx.setRollbackOnly();
				NameDirectory names = new NameDirectory(this.entityManager);
				Set<Long> expectedCountries = new LinkedHashSet<>();
				for (String place : places) {
					// "the Republic of Kenya", "the People’s Republic of China": the country its name contains
					names.countryId(place)
						.or(() -> CountryFinder.find(names, place).stream().findFirst())
						.ifPresent(expectedCountries::add);
				}
				Long issuingCountry = names.countryId(issuer).orElse(null);
				if (expectedCountries.isEmpty() && people.isEmpty()) {
					return;
				}
				this.releases++;
				EntityLinker.Links links = new EntityLinker(names).link("", body, LocalDate.now(), true);
				List<String> found = links.ministers().stream().map(names::ministerName).toList();
				judgePeople(title, new ArrayList<>(people), found);
				Set<Long> foundCountries = new LinkedHashSet<>(links.countries());
				// the release's own government is known from its source, not from its text
				foundCountries.remove(issuingCountry);
				expectedCountries.remove(issuingCountry);
				if (!foundCountries.isEmpty() && !expectedCountries.isEmpty()) {
					this.firstCountries++;
					if (expectedCountries.contains(foundCountries.iterator().next())) {
						this.firstCountriesRight++;
					}
				}
				this.countries.expected += expectedCountries.size();
				this.countries.found += foundCountries.size();
				for (Long country : foundCountries) {
					if (expectedCountries.contains(country)) {
						this.countries.correct++;
					}
					else {
						this.extras.add("country " + names.countryName(country) + " in: " + title);
					}
				}
				expectedCountries.stream()
					.filter((country) -> !foundCountries.contains(country))
					.forEach((country) -> this.misses.add("country " + names.countryName(country) + " in: " + title));
			});
		}

		private void judgePeople(String title, List<String> expected, List<String> found) {
			this.ministers.expected += expected.size();
			this.ministers.found += found.size();
			for (String person : found) {
				if (expected.stream().anyMatch((truth) -> samePerson(truth, person))) {
					this.ministers.correct++;
				}
				else {
					this.extras.add("minister " + person + " in: " + title);
				}
			}
			expected.stream()
				.filter((truth) -> found.stream().noneMatch((person) -> samePerson(truth, person)))
				.forEach((truth) -> this.misses.add("minister " + truth + " in: " + title));
		}

		private static boolean samePerson(String truth, String found) {
			return samePersonName(truth, found);
		}

	}

	/** "Biden" is "Joseph R. Biden, Jr."; "Justin Trudeau" is "Justin Trudeau"; "Liz Truss" is "Elizabeth Truss". */
	static boolean samePersonName(String truth, String found) {
		{
			String a = formal(normal(truth));
			String b = formal(normal(found));
			if (SIMILARITY.apply(a, b) >= 0.92) {
				return true;
			}
			String lastA = a.substring(a.lastIndexOf(' ') + 1);
			List<String> wordsB = List.of(b.split(" "));
			return wordsB.contains(lastA) && (!a.contains(" ") || wordsB.get(0).charAt(0) == a.charAt(0));
		}

	}

	/** The name with its given name in full, not a nickname. */
	private static String formal(String name) {
		int space = name.indexOf(' ');
		return (space < 0) ? name : NameDirectory.formalName(name.substring(0, space)) + name.substring(space);
	}

	private static String normal(String name) {
		return name.toLowerCase(Locale.ROOT).replace("’", "'").replaceAll(",?\\s+jr\\.?$", "").replaceAll("[.,]", "")
			.strip();
	}

	private static final class Score {

		int expected;

		int found;

		int correct;

		double precision() {
			return (this.found == 0) ? 0 : (double) this.correct / this.found;
		}

		double recall() {
			return (this.expected == 0) ? 0 : (double) this.correct / this.expected;
		}

	}

}
