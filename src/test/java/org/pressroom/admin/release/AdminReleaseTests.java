package org.pressroom.admin.release;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.pressroom.release.PressRelease;
import org.pressroom.release.ReleaseStatus;
import org.pressroom.admin.AdminTestContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = AdminTestContext.ISOLATED)
@AutoConfigureMockMvc
class AdminReleaseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AdminReleaseRepository releases;

	@Autowired
	ReleaseEditor editor;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void createsADraftLinkedByNamesAliasesAndCodesAndListsItOnTheDashboard() throws Exception {
		MvcResult created = this.mvc
			.perform(releaseForm(post("/admin/releases"), "Draft about police cooperation", "ministers",
					"Priti Patel\nVerlanden", "countries", "be\nUnited Kingdom", "topics", "police cooperation"))
			.andExpect(status().isFound())
			.andReturn();

		PressRelease release = release(created);
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.DRAFT);
		assertThat(release.getSlug()).isEqualTo("draft-about-police-cooperation");
		assertThat(release.getMinisters()).extracting("name")
			.containsExactlyInAnyOrder("Priti Patel", "Annelies Verlinden");
		assertThat(release.getCountries()).extracting("code").containsExactlyInAnyOrder("BE", "GB");
		assertThat(release.getTopics()).extracting("name").containsExactly("Police cooperation");
		assertThat(release(this.mvc.perform(releaseForm(post("/admin/releases"), "Without a source", "sourceUrl", ""))
			.andExpect(status().isFound())
			.andReturn()).getSourceUrl()).isNull();
		assertThat(release.getIssuingCountry().getCode()).isEqualTo("GB");
		this.mvc.perform(get("/admin/releases").param("status", "DRAFT").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Draft about police cooperation")))
			.andExpect(content().string(not(containsString("Meeting of the Minister of Interior"))));
		this.mvc.perform(get("/admin/releases").param("q", "about POLICE").with(admin()))
			.andExpect(content().string(containsString("Draft about police cooperation")));
	}

	@Test
	void keepsTheInputAndShowsEachErrorNextToItsField() throws Exception {
		this.mvc
			.perform(post("/admin/releases").with(admin())
				.with(csrf())
				.param("title", "")
				.param("body", "Body that must survive the round trip")
				.param("published", "20 November")
				.param("sourceUrl", "javascript:alert(1)")
				.param("language", "english language")
				.param("ministers", "Nobody Ofthat Name")
				.param("status", "DRAFT"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "title", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "published", "typeMismatch.java.time.LocalDate"))
			.andExpect(model().attributeHasFieldErrorCode("form", "sourceUrl", "URL"))
			.andExpect(model().attributeHasFieldErrorCode("form", "language", "Pattern"))
			.andExpect(content().string(containsString("Body that must survive the round trip")))
			.andExpect(content().string(containsString("value=\"20 November\"")))
			.andExpect(content().string(containsString("Not a date: use the form 2021-11-20.")))
			.andExpect(content().string(containsString("Not a web address")));

		this.mvc.perform(releaseForm(post("/admin/releases"), "Unknown people", "ministers", "Nobody Ofthat Name"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "ministers", "release.names.unknown"))
			.andExpect(content().string(containsString("Not in the archive: Nobody Ofthat Name.")));
	}

	@Test
	void refusesABodyOverOneMegabyte() throws Exception {
		String body = "é".repeat(600_000);

		this.mvc.perform(releaseForm(post("/admin/releases"), "Too long", "body", body))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "body", "release.body.tooLarge"));
	}

	@Test
	void keepsEveryVersionAndShowsWhoChangedWhatWithTheBodyDiff() throws Exception {
		PressRelease release = release(this.mvc
			.perform(releaseForm(post("/admin/releases"), "Release with a history", "body",
					"First paragraph.\n\nSecond paragraph."))
			.andReturn());

		this.mvc
			.perform(releaseForm(post("/admin/releases/" + release.getId()), "Release with a history", "body",
					"First paragraph.\n\nSecond paragraph, corrected.", "issuer", "Foreign Office", "version",
					String.valueOf(release.getVersion()), "changeNote", "Corrected the second paragraph"))
			.andExpect(status().isFound());

		List<ReleaseVersion> versions = this.editor.versions(release.getId());
		assertThat(versions).extracting(ReleaseVersion::getNumber).containsExactly(2, 1);
		assertThat(versions.get(0).getNote()).isEqualTo("Corrected the second paragraph");
		assertThat(versions.get(0).getSavedBy()).isEqualTo("admin");
		String history = this.mvc.perform(get("/admin/releases/" + release.getId() + "/history").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(history).contains("Corrected the second paragraph", "saved by admin", "Issuer",
				"Foreign Office", "Second paragraph, corrected.", "diff-removed", "diff-added");
	}

	@Test
	void aStaleSaveGetsTheConflictMessageKeepsTheTextAndOverwritesNothing() throws Exception {
		PressRelease release = release(
				this.mvc.perform(releaseForm(post("/admin/releases"), "Edited by two admins")).andReturn());
		long opened = release.getVersion();
		this.mvc
			.perform(releaseForm(post("/admin/releases/" + release.getId()), "Edited by two admins", "body",
					"The first admin's words.", "version", String.valueOf(opened)))
			.andExpect(status().isFound());

		this.mvc
			.perform(releaseForm(post("/admin/releases/" + release.getId()), "Edited by two admins", "body",
					"The second admin's words.", "version", String.valueOf(opened)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("While you were editing, admin saved this release.")))
			.andExpect(content().string(containsString("The second admin&#39;s words.")));

		assertThat(this.editor.find(release.getId()).orElseThrow().getBody()).isEqualTo("The first admin's words.");
	}

	@Test
	void publishesAScheduledReleaseWhenItsTimeComes() throws Exception {
		PressRelease release = release(this.mvc
			.perform(releaseForm(post("/admin/releases"), "Scheduled for later", "status", "SCHEDULED", "publishAt",
					LocalDateTime.now().plusDays(1).withNano(0).toString().substring(0, 16)))
			.andExpect(status().isFound())
			.andReturn());
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.SCHEDULED);

		this.transactions.executeWithoutResult((tx) -> this.releases.findById(release.getId())
			.orElseThrow()
			.setPublishAt(LocalDateTime.now().minusMinutes(1)));
		this.editor.publishDue();

		assertThat(this.editor.find(release.getId()).orElseThrow().getStatus()).isEqualTo(ReleaseStatus.PUBLISHED);
		assertThat(this.editor.versions(release.getId()).get(0).getSavedBy()).isEqualTo("system");
	}

	@Test
	void publishesAScheduledReleaseOnceWhenTwoPublishersRunAtOnce() throws Exception {
		PressRelease release = release(this.mvc
			.perform(releaseForm(post("/admin/releases"), "Scheduled for two publishers", "status", "SCHEDULED",
					"publishAt", LocalDateTime.now().plusDays(1).withNano(0).toString().substring(0, 16)))
			.andReturn());
		this.transactions.executeWithoutResult((tx) -> this.releases.findById(release.getId())
			.orElseThrow()
			.setPublishAt(LocalDateTime.now().minusMinutes(1)));

		AtomicReference<CompletableFuture<Integer>> second = new AtomicReference<>();
		int first = this.transactions.execute((tx) -> {
			int published = this.editor.publishDue();
			// The other publisher starts while this one still holds the release.
			second.set(CompletableFuture.supplyAsync(this.editor::publishDue));
			sleep(300);
			return published;
		});

		assertThat(first + second.get().get(10, TimeUnit.SECONDS)).isEqualTo(1);
		assertThat(this.editor.versions(release.getId())).extracting("note")
			.containsOnlyOnce("Published as scheduled");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void refusesAScheduleWithoutAFutureTime() throws Exception {
		this.mvc.perform(releaseForm(post("/admin/releases"), "Scheduled in the past", "status", "SCHEDULED",
					"publishAt", "2020-01-01T10:00"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "publishAt", "release.publishAt.future"));
	}

	@Test
	void previewsWithoutSaving() throws Exception {
		long before = this.releases.count();

		this.mvc.perform(releaseForm(post("/admin/releases"), "Preview only", "preview", "true", "body",
					"Some **bold** words"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Preview, as the public page will show it")))
			.andExpect(content().string(containsString("<strong>bold</strong>")));

		assertThat(this.releases.count()).isEqualTo(before);
	}

	@Test
	void deletesAReleaseAndSaysSo() throws Exception {
		PressRelease release = release(this.mvc.perform(releaseForm(post("/admin/releases"), "To be deleted")).andReturn());

		this.mvc
			.perform(post("/admin/releases/" + release.getId() + "/delete").with(admin())
				.with(csrf())
				.param("version", String.valueOf(release.getVersion())))
			.andExpect(status().isFound());

		assertThat(this.releases.findById(release.getId())).isEmpty();
	}

	@Test
	void suggestsNamesForThePickers() throws Exception {
		this.mvc.perform(get("/admin/lookup/ministers").param("q", "verl").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0]").value("Annelies Verlinden"));
		this.mvc.perform(get("/admin/lookup/countries").param("q", "belg").with(admin()))
			.andExpect(jsonPath("$[0]").value("Belgium"));
		this.mvc.perform(get("/admin/lookup/unicorns").param("q", "x").with(admin()))
			.andExpect(status().isNotFound());
	}

	@Test
	void anUnknownReleaseIsA404() throws Exception {
		this.mvc.perform(get("/admin/releases/999999/edit").with(admin())).andExpect(status().isNotFound());
	}

	private PressRelease release(MvcResult created) {
		String location = created.getResponse().getRedirectedUrl();
		Long id = Long.valueOf(location.replaceAll("\\D+", " ").trim().split(" ")[0]);
		return this.editor.find(id).orElseThrow();
	}

	/** A valid release form for {@code title}; {@code fields} are name/value pairs that replace the defaults. */
	static MockHttpServletRequestBuilder releaseForm(MockHttpServletRequestBuilder request, String title,
			String... fields) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", title);
		values.put("summary", "A summary");
		values.put("body", "The body in **Markdown**.");
		values.put("published", "2024-05-01");
		values.put("issuer", "Home Office");
		values.put("country", "GB");
		values.put("type", "press release");
		values.put("language", "en");
		values.put("sourceUrl", "https://www.gov.uk/example");
		values.put("status", "DRAFT");
		for (int i = 0; i + 1 < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		MockHttpServletRequestBuilder form = request.with(admin()).with(csrf());
		values.forEach(form::param);
		return form;
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
