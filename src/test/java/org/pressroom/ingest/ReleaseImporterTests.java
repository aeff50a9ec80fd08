package org.pressroom.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.pressroom.ingest.read.ImportFile;
import org.pressroom.ingest.read.ImportFormat;
import org.pressroom.ingest.read.ImportOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

@SpringBootTest(properties = "pressroom.sample-data=false")
@AutoConfigureMockMvc
class ReleaseImporterTests {

	/** Two whole batches and a part of a third. */
	private static final int RELEASES = ReleaseImporter.BATCH_SIZE * 2 + 50;

	@Autowired
	ReleaseImporter importer;

	@Autowired
	Archive archive;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void countriesOnly() {
		this.archive.countriesOnly();
	}

	@Test
	void aRecordFailingInsideABatchLeavesNothingOfTheBatchBehindAndTheRestIsImported() {
		int bad = ReleaseImporter.BATCH_SIZE + 100;
		// a rule only the database knows, so that the release fails in the middle of its batch's transaction
		this.jdbc.execute("alter table press_release add constraint refuses_one check (title <> 'Release number %d')"
			.formatted(bad));
		try {
			ImportSummary summary = importJsonLines(releases(-1), (n) -> {
			});

			assertThat(summary.getImported()).isEqualTo(RELEASES - 1);
			assertThat(summary.getFailures()).singleElement().satisfies((failure) -> {
				assertThat(failure.line()).isEqualTo(bad);
				assertThat(failure.reason()).containsIgnoringCase("refuses_one");
			});
		}
		finally {
			this.jdbc.execute("alter table press_release drop constraint refuses_one");
		}
		assertThat(this.archive.count("press_release")).isEqualTo(RELEASES - 1);
		// Had the batch's first hundred stayed when it failed, storing them again would have made copies
		assertThat(this.jdbc.queryForObject("select count(distinct title) from press_release", Long.class))
			.isEqualTo(RELEASES - 1);
	}

	@Test
	void aRecordTooLargeForTheArchiveIsRejectedWithItsReasonAndTheRestIsImported() {
		int bad = ReleaseImporter.BATCH_SIZE + 100;

		ImportSummary summary = importJsonLines(releases(bad), (n) -> {
		});

		assertThat(summary.getImported()).isEqualTo(RELEASES - 1);
		assertThat(summary.getFailures()).singleElement()
			.isEqualTo(new ImportSummary.Failure("releases.jsonl", bad, "the title is longer than 500 characters"));
		assertThat(this.archive.count("press_release")).isEqualTo(RELEASES - 1);
	}

	@Test
	void anImportStoppedMidwayLeavesWholeBatchesAndARerunCompletesWithoutDuplicates() {
		String file = releases(-1);
		AtomicInteger handled = new AtomicInteger();
		IntConsumer stopAfterFirstBatch = (n) -> {
			if (handled.addAndGet(n) >= ReleaseImporter.BATCH_SIZE) {
				throw new IllegalStateException("process killed");
			}
		};

		assertThatThrownBy(() -> importJsonLines(file, stopAfterFirstBatch)).hasMessage("process killed");

		assertThat(this.archive.count("press_release")).isEqualTo(ReleaseImporter.BATCH_SIZE);

		ImportSummary rerun = importJsonLines(file, (n) -> {
		});

		assertThat(rerun.getSkipped()).isEqualTo(ReleaseImporter.BATCH_SIZE);
		assertThat(rerun.getImported()).isEqualTo(RELEASES - ReleaseImporter.BATCH_SIZE);
		assertThat(this.archive.count("press_release")).isEqualTo(RELEASES);
		assertThat(this.jdbc.queryForObject("select count(distinct title) from press_release", Long.class))
			.isEqualTo(RELEASES);
	}

	@Test
	void aReleaseChangedInTheFileIsUpdatedNotDuplicated() {
		String first = "{\"title\": \"Statement\", \"published\": \"2022-03-15\", \"body\": \"Old text.\", "
				+ "\"source_url\": \"https://example.org/statement\"}";
		String changed = "{\"title\": \"Statement (updated)\", \"published\": \"2022-03-15\", \"body\": \"New text.\", "
				+ "\"source_url\": \"https://example.org/statement\"}";
		importJsonLines(first, (n) -> {
		});

		ImportSummary summary = importJsonLines(changed, (n) -> {
		});

		assertThat(summary.getUpdated()).isEqualTo(1);
		assertThat(this.archive.count("press_release")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select title from press_release", String.class))
			.isEqualTo("Statement (updated)");
	}

	@Test
	void aFileImportedAgainChangesNothingThoughItsLaterReleasesNamedWhomTheEarlierOnesMention() {
		String file = """
				{"title": "Talks", "published": "2022-03-14", "body": "Prime Minister Rutte said the talks went well."}
				{"title": "Visit", "published": "2022-03-15", "body": "Prime Minister Mark Rutte of the Netherlands came."}
				""";
		importJsonLines(file, (n) -> {
		});

		ImportSummary again = importJsonLines(file, (n) -> {
		});

		assertThat(again.getSkipped()).as(again.toString()).isEqualTo(2);
		assertThat(this.jdbc.queryForList("select r.title from press_release r join release_minister m "
				+ "on m.release_id = r.id", String.class)).containsExactly("Visit");
	}

	@Test
	void aPersonTheImportCreatesIsNamedAsMostOfTheTextsNameThem() throws Exception {
		importJsonLines("""
				{"title": "Preview", "published": "2021-03-12", "body": "Sullivan previewed the\\nMarch 18 meeting that he and Secretary of State Tony Blinken will hold\\nwith Chinese officials."}
				{"title": "Trilateral", "published": "2021-04-02", "body": "This trilateral meeting follows the visits of Secretary of State\\nAntony Blinken and Secretary of Defense Lloyd Austin to Japan."}
				{"title": "Delegation", "published": "2021-05-02", "body": "The delegation was comprised of Vice President Harris, Secretary of\\nState Antony Blinken, Secretary of Commerce Gina Raimondo."}
				""", (n) -> {
		});

		assertThat(this.jdbc.queryForList("select name from minister where name like '%Blinken'", String.class))
			.containsExactly("Antony Blinken");
		assertThat(this.jdbc.queryForList("select a.alias from minister_alias a join minister m on m.id = a.minister_id "
				+ "where m.name = 'Antony Blinken'", String.class)).containsExactly("Tony Blinken");
		assertThat(this.jdbc.queryForObject("select count(*) from release_minister l join minister m on m.id = "
				+ "l.minister_id where m.name = 'Antony Blinken'", Integer.class)).isEqualTo(3);
		// the page and the search filter go by the new name
		assertThat(this.jdbc.queryForObject("select slug from minister where name = 'Antony Blinken'", String.class))
			.isEqualTo("antony-blinken");
		this.mvc.perform(get("/api/search").param("minister", "antony-blinken"))
			.andExpect(jsonPath("$.total").value(3));
	}

	@Test
	void theSameReleaseTwiceInOneFileIsStoredOnce() {
		String line = "{\"title\": \"Statement\", \"published\": \"2022-03-15\", \"body\": \"Text.\"}";

		ImportSummary summary = importJsonLines(line + "\n" + line, (n) -> {
		});

		assertThat(summary.getImported()).isEqualTo(1);
		assertThat(summary.getSkipped()).isEqualTo(1);
		assertThat(this.archive.count("press_release")).isEqualTo(1);
	}

	@Test
	void releasesWithTheSameTitleGetNumberedSlugsAcrossBatchesAndImports() {
		StringBuilder file = new StringBuilder();
		for (int line = 1; line <= RELEASES; line++) {
			file.append(("{\"title\": \"Readout of a call\", \"published\": \"2022-03-15\", \"body\": \"Call %d.\", "
					+ "\"source_url\": \"https://example.org/readout/%d\"}\n").formatted(line, line));
		}
		String another = "{\"title\": \"Readout of a call\", \"published\": \"2022-03-16\", \"body\": \"Next call.\"}";

		importJsonLines(file.toString(), (n) -> {
		});
		ImportSummary again = importJsonLines(another, (n) -> {
		});

		assertThat(again.getImported()).isEqualTo(1);
		assertThat(this.jdbc.queryForList("select slug from press_release", String.class))
			.hasSize(RELEASES + 1)
			.doesNotHaveDuplicates()
			.contains("readout-of-a-call", "readout-of-a-call-2", "readout-of-a-call-" + (RELEASES + 1));
	}

	/** {@link #RELEASES} releases, one a line; the one on line {@code bad} has a title too long to store. */
	private static String releases(int bad) {
		StringBuilder file = new StringBuilder();
		for (int line = 1; line <= RELEASES; line++) {
			String title = (line == bad) ? "x".repeat(600) : "Release number " + line;
			file.append("{\"title\": \"%s\", \"published\": \"2022-03-15\", \"body\": \"Text %d.\"}\n".formatted(title,
					line));
		}
		return file.toString();
	}

	private ImportSummary importJsonLines(String content, IntConsumer progress) {
		return this.importer.importFiles(
				List.of(ImportFile.of("releases.jsonl", ImportFormat.JSON_LINES, content.getBytes(StandardCharsets.UTF_8))),
				ImportOptions.defaults(), progress);
	}

}
