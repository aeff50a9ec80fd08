package org.pressroom.ingest;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "pressroom.sample-data=false")
@AutoConfigureMockMvc
class ImportPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Archive archive;

	@BeforeEach
	void countriesOnly() {
		this.archive.countriesOnly();
	}

	@Test
	void sendsAnonymousVisitorsToSignIn() throws Exception {
		this.mvc.perform(get("/admin/import")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(multipart("/admin/import").file(ImportApiTests.file("releases.jsonl", ImportApiTests.JSONL))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));

		assertThat(this.archive.count("press_release")).isZero();
	}

	@Test
	void showsTheFormToAdmins() throws Exception {
		this.mvc.perform(get("/admin/import").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("up to 20 MB each")));
	}

	@Test
	void importsInTheBackgroundAndShowsTheSummaryWithFailuresByLine() throws Exception {
		String location = this.mvc
			.perform(multipart("/admin/import").file(ImportApiTests.file("releases.jsonl", ImportApiTests.JSONL))
				.with(admin())
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/admin/import/[0-9a-f-]{36}");

		String page = waitUntilDone(location);

		assertThat(page).contains("<dd id=\"imported\">2</dd>", "<dd id=\"failed\">1</dd>")
			.contains("<td>releases.jsonl</td>", "<td>2</td>", "<td>missing published</td>")
			.doesNotContain("http-equiv=\"refresh\"");
		assertThat(this.archive.count("press_release")).isEqualTo(2);
		this.mvc.perform(get("/admin/import").with(admin()))
			.andExpect(content().string(containsString("2 imported, 0 updated, 0 unchanged, 1 failed")));
	}

	@Test
	void rejectsBinaryAndUnknownFilesWithAClearMessage() throws Exception {
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 };

		this.mvc
			.perform(multipart("/admin/import").file(new MockMultipartFile("file", "releases.jsonl", null, zip))
				.with(admin())
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("releases.jsonl is a binary file, not text")));
		this.mvc
			.perform(multipart("/admin/import").file(ImportApiTests.file("report.pdf", "%PDF")).with(admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("“report.pdf” has a format that cannot be imported")));
		this.mvc.perform(multipart("/admin/import").with(admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose at least one file to import.")));

		assertThat(this.archive.count("press_release")).isZero();
	}

	@Test
	void listsTranslationWarningsForAdmins() throws Exception {
		this.mvc
			.perform(multipart("/admin/import").file(new MockMultipartFile("file", "seed.txt", "text/plain",
					new org.springframework.core.io.ClassPathResource(SeedImportTests.SEED).getContentAsByteArray()))
				.param("published", "2022-03-01")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isFound());
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (this.archive.count("release_warning") == 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}

		this.mvc.perform(get("/admin/import/warnings").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ժամանակ")))
			.andExpect(content().string(containsString("Armenian")))
			.andExpect(content().string(containsString(
					"/releases/meeting-of-the-minister-of-interior-with-the-minister-of-internal-affairs-of-belgium")));
		this.mvc.perform(get("/admin/import/warnings")).andExpect(status().isFound());
	}

	@Test
	void answersAnUnknownImportWithNotFound() throws Exception {
		this.mvc.perform(get("/admin/import/00000000-0000-0000-0000-000000000000").with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Exception"))));
	}

	private String waitUntilDone(String location) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (true) {
			String page = this.mvc.perform(get(location).with(admin()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!page.contains("http-equiv=\"refresh\"") || Instant.now().isAfter(deadline)) {
				return page;
			}
			assertThat(page).contains("<progress");
			Thread.sleep(100);
		}
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
