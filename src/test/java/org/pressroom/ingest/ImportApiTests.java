package org.pressroom.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.pressroom.ingest.read.ScrapedTextReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "pressroom.sample-data=false")
@AutoConfigureMockMvc
class ImportApiTests {

	static final String JSONL = """
			{"title": "UK and Belgium agree to step up police cooperation", "published": "2022-03-15", "body": "Home Secretary Priti Patel met the Belgian Interior Minister."}
			{"title": "A release without a date", "body": "Text."}
			{"title": "Prime Minister's statement", "published": "2022-03-16", "body": "The UK stands with Ukraine.", "source_url": "https://www.gov.uk/government/news/statement"}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Archive archive;

	@BeforeEach
	void countriesOnly() {
		this.archive.countriesOnly();
	}

	@Test
	void refusesAnonymousCallersAndWrongPasswords() throws Exception {
		this.mvc.perform(post("/api/admin/import").contentType("application/x-ndjson").content(JSONL))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.message").value(containsString("credentials of an admin")));
		this.mvc
			.perform(post("/api/admin/import").with(httpBasic("admin", "wrong"))
				.contentType("application/x-ndjson")
				.content(JSONL))
			.andExpect(status().isUnauthorized());

		assertThat(this.archive.count("press_release")).isZero();
	}

	@Test
	void importsJsonLinesAndReportsTheBadLineByNumber() throws Exception {
		this.mvc.perform(post("/api/admin/import").with(admin()).contentType("application/x-ndjson").content(JSONL))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.skipped").value(0))
			.andExpect(jsonPath("$.failed.length()").value(1))
			.andExpect(jsonPath("$.failed[0].line").value(2))
			.andExpect(jsonPath("$.failed[0].reason").value("missing published"));

		assertThat(this.archive.count("press_release")).isEqualTo(2);
		assertThat(this.archive.count("minister")).isEqualTo(1);

		this.mvc.perform(post("/api/admin/import").with(admin()).contentType("application/x-ndjson").content(JSONL))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.skipped").value(2));
		assertThat(this.archive.count("press_release")).isEqualTo(2);
	}

	@Test
	void importsScrapedTextWithTheDateGivenAndReportsTranslationWarnings() throws Exception {
		byte[] seed = new ClassPathResource(SeedImportTests.SEED).getContentAsByteArray();

		this.mvc
			.perform(post("/api/admin/import?published=2022-03-01").with(admin())
				.contentType("text/plain;charset=UTF-8")
				.content(seed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.warnings[0].fragment").value("ժամանակ"))
			.andExpect(jsonPath("$.warnings[0].script").value("Armenian"));

		this.mvc.perform(post("/api/admin/import").with(admin()).contentType("text/plain").content(seed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.failed[0].reason").value(ScrapedTextReader.NO_DATE));
	}

	@Test
	void importsSeveralFilesOfDifferentFormatsAtOnce() throws Exception {
		String markdown = """
				---
				title: Joint statement of the UK and Belgian interior ministers
				published: 2022-03-15
				ministers: [Priti Patel]
				---
				The ministers agreed to launch negotiations on a police cooperation agreement.
				""";

		this.mvc
			.perform(multipart("/api/admin/import").file(file("releases.jsonl", JSONL))
				.file(file("statement.md", markdown))
				.with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(3))
			.andExpect(jsonPath("$.failed[0].source").value("releases.jsonl"))
			.andExpect(jsonPath("$.failed[0].line").value(2));

		assertThat(this.archive.count("press_release")).isEqualTo(3);
	}

	@Test
	void rejectsABinaryFileWithAClearMessage() throws Exception {
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 };

		this.mvc.perform(post("/api/admin/import").with(admin()).contentType("application/x-ndjson").content(zip))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.message").value(containsString("is a binary file, not text")));
		this.mvc
			.perform(multipart("/api/admin/import").file(new MockMultipartFile("file", "photo.txt", "text/plain", zip))
				.with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("photo.txt is a binary file, not text: import JSON Lines, "
					+ "scraped text or Markdown"));

		assertThat(this.archive.count("press_release")).isZero();
	}

	@Test
	void rejectsAHugeFileWithAClearMessage() throws Exception {
		byte[] huge = new byte[20 * 1024 * 1024 + 1];
		Arrays.fill(huge, (byte) ' ');

		this.mvc.perform(post("/api/admin/import").with(admin()).contentType("application/x-ndjson").content(huge))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.status").value(413))
			.andExpect(jsonPath("$.message").value(containsString("too large: files of up to 20 MB")));
	}

	@Test
	void rejectsAFileOfAnUnknownFormat() throws Exception {
		this.mvc
			.perform(multipart("/api/admin/import").file(file("report.pdf", "%PDF-1.7")).with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("Unknown format of report.pdf")));
		this.mvc.perform(post("/api/admin/import").with(admin()).contentType("application/pdf").content("%PDF"))
			.andExpect(status().isUnsupportedMediaType());
	}

	static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content.getBytes(StandardCharsets.UTF_8));
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", "test-admin-password");
	}

}
