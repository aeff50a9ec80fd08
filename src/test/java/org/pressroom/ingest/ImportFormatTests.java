package org.pressroom.ingest;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.pressroom.ingest.read.ImportFormat;
import org.pressroom.ingest.read.ImportOptions;
import org.pressroom.ingest.read.ImportRecord;
import org.pressroom.ingest.read.ParsedRecord;
import org.pressroom.ingest.read.SafeText;
import org.pressroom.ingest.read.ScrapedTextReader;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFormatTests {

	private static final ImportOptions NO_DATE = ImportOptions.defaults();

	@Test
	void knowsFormatsByExtensionAndMediaType() {
		assertThat(ImportFormat.ofFileName("releases.jsonl")).contains(ImportFormat.JSON_LINES);
		assertThat(ImportFormat.ofFileName("SEED.TXT")).contains(ImportFormat.TEXT);
		assertThat(ImportFormat.ofFileName("release.md")).contains(ImportFormat.MARKDOWN);
		assertThat(ImportFormat.ofFileName("release.pdf")).isEmpty();
		assertThat(ImportFormat.ofMediaType(MediaType.parseMediaType("application/x-ndjson")))
			.contains(ImportFormat.JSON_LINES);
		assertThat(ImportFormat.ofMediaType(MediaType.parseMediaType("text/plain;charset=UTF-8")))
			.contains(ImportFormat.TEXT);
		assertThat(ImportFormat.ofMediaType(MediaType.parseMediaType("text/markdown"))).contains(ImportFormat.MARKDOWN);
	}

	@Test
	void readsJsonLinesAndReportsBadLinesByNumber() throws IOException {
		String jsonl = """
				{"title": "First", "published": "2022-03-15", "body": "One."}
				{"title": "Second", "published": "15/03/2022", "body": "Two."}

				{"title": "Third", "body": "Three."}
				not json
				{"title": "Fifth", "published": "2022-03", "body": "Five.", "ministers": ["Priti Patel"], "source_url": "https://example.org/5"}
				""";

		List<ParsedRecord> records = read(ImportFormat.JSON_LINES, jsonl, NO_DATE);

		assertThat(records).hasSize(5);
		assertThat(valid(records.get(0)).title()).isEqualTo("First");
		assertThat(records.get(1)).isEqualTo(new ParsedRecord.Invalid("f", 2,
				"published is not an ISO date (YYYY-MM-DD): 15/03/2022"));
		assertThat(records.get(2)).isEqualTo(new ParsedRecord.Invalid("f", 4, "missing published"));
		assertThat(((ParsedRecord.Invalid) records.get(3)).line()).isEqualTo(5);
		assertThat(((ParsedRecord.Invalid) records.get(3)).reason()).startsWith("not valid JSON");
		ImportRecord fifth = valid(records.get(4));
		assertThat(fifth.line()).isEqualTo(6);
		assertThat(fifth.published()).isEqualTo(LocalDate.of(2022, 3, 1));
		assertThat(fifth.ministers()).containsExactly("Priti Patel");
		assertThat(fifth.sourceUrl()).isEqualTo("https://example.org/5");
	}

	@Test
	void readsScrapedTextWithADateLine() throws IOException {
		String text = "\n\nHome Secretary meets Belgian counterpart\nPublished 15 March 2022\n\nFirst paragraph.\nSecond paragraph.\n";

		ImportRecord record = valid(read(ImportFormat.TEXT, text, NO_DATE).get(0));

		assertThat(record.title()).isEqualTo("Home Secretary meets Belgian counterpart");
		assertThat(record.line()).isEqualTo(3);
		assertThat(record.published()).isEqualTo(LocalDate.of(2022, 3, 15));
		assertThat(record.body()).isEqualTo("First paragraph.\n\nSecond paragraph.");
	}

	@Test
	void readsDatesAsScrapedPagesWriteThem() {
		assertThat(ScrapedTextReader.date("2022-03-15")).isEqualTo(LocalDate.of(2022, 3, 15));
		assertThat(ScrapedTextReader.date("March 15, 2022")).isEqualTo(LocalDate.of(2022, 3, 15));
		assertThat(ScrapedTextReader.date("Published: Tuesday, 15 March 2022")).isEqualTo(LocalDate.of(2022, 3, 15));
		assertThat(ScrapedTextReader.date("Date: 1 Nov 2021")).isEqualTo(LocalDate.of(2021, 11, 1));
		assertThat(ScrapedTextReader.date("During his two-day visit to the United Kingdom, Verlanden briefed")).isNull();
	}

	@Test
	void scrapedTextWithoutADateTakesTheImportsDateOrFailsSayingHowToGiveOne() throws IOException {
		String text = "A title\n\nA paragraph.";

		assertThat(read(ImportFormat.TEXT, text, NO_DATE))
			.containsExactly(new ParsedRecord.Invalid("f", 1, ScrapedTextReader.NO_DATE));
		assertThat(valid(read(ImportFormat.TEXT, text, NO_DATE.withPublished(LocalDate.of(2022, 3, 1))).get(0))
			.published()).isEqualTo(LocalDate.of(2022, 3, 1));
	}

	@Test
	void readsMarkdownWithFrontMatter() throws IOException {
		String markdown = """
				---
				title: "UK and Belgium: joint statement"
				published: 2022-03-15
				issuer: Home Office
				ministers: [Priti Patel, Annelies Verlinden]
				countries:
				  - BE
				  - United Kingdom
				topics: [Illegal migration]
				source_url: https://www.gov.uk/government/news/uk-belgium
				---

				## What was agreed

				The ministers met in **London**.
				""";

		ImportRecord record = valid(read(ImportFormat.MARKDOWN, markdown, NO_DATE).get(0));

		assertThat(record.title()).isEqualTo("UK and Belgium: joint statement");
		assertThat(record.published()).isEqualTo(LocalDate.of(2022, 3, 15));
		assertThat(record.issuer()).isEqualTo("Home Office");
		assertThat(record.ministers()).containsExactly("Priti Patel", "Annelies Verlinden");
		assertThat(record.countries()).containsExactly("BE", "United Kingdom");
		assertThat(record.topics()).containsExactly("Illegal migration");
		assertThat(record.sourceUrl()).isEqualTo("https://www.gov.uk/government/news/uk-belgium");
		assertThat(record.body()).isEqualTo("## What was agreed\n\nThe ministers met in **London**.");
	}

	@Test
	void rejectsMarkdownWithoutFrontMatterOrWithBadFields() throws IOException {
		assertThat(read(ImportFormat.MARKDOWN, "# Title\n\nText.", NO_DATE).get(0))
			.isInstanceOfSatisfying(ParsedRecord.Invalid.class,
					(invalid) -> assertThat(invalid.reason()).startsWith("no front matter"));
		assertThat(read(ImportFormat.MARKDOWN, "---\ntitle: [a\n---\nText.", NO_DATE).get(0))
			.isInstanceOfSatisfying(ParsedRecord.Invalid.class,
					(invalid) -> assertThat(invalid.reason()).startsWith("front matter is not valid YAML"));
		assertThat(read(ImportFormat.MARKDOWN, "---\ntitle: T\npublished: 2022-03-15\nministers: Patel\n---\nText.",
				NO_DATE)
			.get(0)).isEqualTo(new ParsedRecord.Invalid("f", 1, "ministers must be a list"));
	}

	@Test
	void rejectsBinaryContent() {
		byte[] binary = { 'P', 'K', 3, 4, 0, 0, 0, 1 };

		assertThat(read(ImportFormat.JSON_LINES, binary).get(0))
			.isInstanceOfSatisfying(ParsedRecord.Invalid.class,
					(invalid) -> assertThat(invalid.reason()).contains("binary content"));
	}

	@Test
	void rejectsTextThatIsNotUtf8() {
		byte[] latin1 = "{\"title\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

		assertThat(read(ImportFormat.JSON_LINES, latin1).get(0))
			.isInstanceOfSatisfying(ParsedRecord.Invalid.class,
					(invalid) -> assertThat(invalid.reason()).contains("not UTF-8 text"));
	}

	private static List<ParsedRecord> read(ImportFormat format, String text, ImportOptions options)
			throws IOException {
		List<ParsedRecord> records = new ArrayList<>();
		try (BufferedReader reader = SafeText.reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
			format.read("f", reader, options).forEachRemaining(records::add);
		}
		return records;
	}

	private static List<ParsedRecord> read(ImportFormat format, byte[] content) {
		List<ParsedRecord> records = new ArrayList<>();
		try (BufferedReader reader = SafeText.reader(new ByteArrayInputStream(content))) {
			format.read("f", reader, NO_DATE).forEachRemaining(records::add);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		return records;
	}

	private static ImportRecord valid(ParsedRecord parsed) {
		assertThat(parsed).isInstanceOf(ParsedRecord.Valid.class);
		return ((ParsedRecord.Valid) parsed).record();
	}

}
