package org.pressroom.admin.curation;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.pressroom.agreement.Agreement;
import org.pressroom.agreement.AgreementKind;
import org.pressroom.agreement.AgreementStatus;
import org.pressroom.minister.Minister;
import org.pressroom.release.PressRelease;
import org.pressroom.release.Quote;
import org.pressroom.topic.Topic;
import org.pressroom.admin.AdminTestContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = AdminTestContext.ISOLATED)
@AutoConfigureMockMvc
class CurationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MinisterCurator curator;

	@Test
	void mergesAMisspeltMinisterIntoTheRealOne() throws Exception {
		long[] ids = this.transactions.execute((tx) -> {
			Minister real = new Minister("jane-realname", "Jane Realname");
			real.getAliases().add("J. Realname");
			Minister misspelt = new Minister("jane-reelname", "Jane Reelname");
			misspelt.setReviewed(false);
			misspelt.getAliases().add("Jane Reelnam");
			misspelt.getRoles().add(new org.pressroom.minister.MinisterRole("Minister of Tests", null,
					LocalDate.of(2020, 1, 1), null));
			this.entityManager.persist(real);
			this.entityManager.persist(misspelt);
			PressRelease both = new PressRelease("merge-both", "Names both", "Body", LocalDate.of(2022, 1, 1));
			both.getMinisters().add(real);
			both.getMinisters().add(misspelt);
			PressRelease onlyMisspelt = new PressRelease("merge-misspelt", "Names the misspelling", "Body",
					LocalDate.of(2022, 1, 2));
			onlyMisspelt.getMinisters().add(misspelt);
			onlyMisspelt.getQuotes().add(new Quote("Jane Reelname", misspelt, "We will test everything."));
			this.entityManager.persist(both);
			this.entityManager.persist(onlyMisspelt);
			Agreement agreement = new Agreement("merge-accord", "Merge Accord", AgreementKind.TREATY,
					AgreementStatus.SIGNED);
			agreement.getSignatories().add(misspelt);
			this.entityManager.persist(agreement);
			return new long[] { real.getId(), misspelt.getId() };
		});

		this.mvc.perform(get("/admin/ministers/merge").param("keep", "Jane Realname").param("duplicate", "jane reelname")
			.with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Merge “Jane Reelname” into “Jane Realname”")));
		this.mvc.perform(post("/admin/ministers/merge").with(admin()).with(csrf())
			.param("keepId", String.valueOf(ids[0]))
			.param("duplicateId", String.valueOf(ids[1])))
			.andExpect(status().isFound());

		this.transactions.executeWithoutResult((tx) -> {
			assertThat(this.entityManager.find(Minister.class, ids[1])).isNull();
			Minister kept = this.entityManager.find(Minister.class, ids[0]);
			assertThat(kept.getAliases()).containsExactlyInAnyOrder("J. Realname", "Jane Reelname", "Jane Reelnam");
			assertThat(kept.getRoles()).extracting("title").containsExactly("Minister of Tests");
			assertThat(kept.isReviewed()).isTrue();
			PressRelease both = release("merge-both");
			assertThat(both.getMinisters()).extracting(Minister::getId).containsExactly(ids[0]);
			PressRelease onlyMisspelt = release("merge-misspelt");
			assertThat(onlyMisspelt.getMinisters()).extracting(Minister::getId).containsExactly(ids[0]);
			assertThat(onlyMisspelt.getQuotes().get(0).getMinister().getId()).isEqualTo(ids[0]);
			assertThat(onlyMisspelt.getQuotes().get(0).getText()).isEqualTo("We will test everything.");
			Agreement agreement = this.entityManager
				.createQuery("select a from Agreement a where a.slug = 'merge-accord'", Agreement.class)
				.getSingleResult();
			assertThat(agreement.getSignatories()).extracting(Minister::getId).containsExactly(ids[0]);
		});
		this.mvc.perform(get("/admin/audit").with(admin()))
			.andExpect(content().string(containsString("minister Jane Reelname (jane-reelname) into Jane Realname")));
	}

	@Test
	void mergesTwoNamesOfOneAgreement() throws Exception {
		long[] ids = this.transactions.execute((tx) -> {
			Agreement kept = new Agreement("harbour-accord", "Harbour Accord", AgreementKind.AGREEMENT,
					AgreementStatus.UNDER_NEGOTIATION);
			Agreement other = new Agreement("treaty-of-saltmarsh", "Treaty of Saltmarsh", AgreementKind.TREATY,
					AgreementStatus.SIGNED);
			other.getAliases().add("Saltmarsh Treaty");
			other.setSigned(LocalDate.of(1998, 4, 10), org.pressroom.agreement.DatePrecision.DAY);
			other.getParties().add(this.entityManager
				.createQuery("select c from Country c where c.code = 'IE'", org.pressroom.country.Country.class)
				.getSingleResult());
			this.entityManager.persist(kept);
			this.entityManager.persist(other);
			PressRelease both = new PressRelease("harbour-both", "Names both", "Body", LocalDate.of(2022, 1, 1));
			both.getAgreements().add(kept);
			both.getAgreements().add(other);
			PressRelease onlyOther = new PressRelease("harbour-other", "Names the other", "Body",
					LocalDate.of(2022, 1, 2));
			onlyOther.getAgreements().add(other);
			this.entityManager.persist(both);
			this.entityManager.persist(onlyOther);
			return new long[] { kept.getId(), other.getId() };
		});

		this.mvc.perform(get("/admin/agreements/merge").param("keep", "harbour accord")
			.param("duplicate", "Saltmarsh Treaty")
			.with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Merge “Treaty of Saltmarsh” into “Harbour Accord”")))
			.andExpect(content().string(containsString("2 release(s) of the duplicate join the 1 of the one kept")))
			.andExpect(content()
				.string(containsString("“Treaty of Saltmarsh” becomes an alias, with its aliases: Saltmarsh Treaty")));
		this.mvc.perform(get("/admin/agreements/merge").param("keep", "Saltmarsh Treaty")
			.param("duplicate", "Harbour Accord")
			.with(admin()))
			.andExpect(content().string(containsString("“Harbour Accord” becomes an alias.")))
			.andExpect(content().string(not(containsString("with its aliases"))));
		this.mvc.perform(post("/admin/agreements/merge").with(admin()).with(csrf())
			.param("keepId", String.valueOf(ids[0]))
			.param("duplicateId", String.valueOf(ids[1])))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/agreements/" + ids[0] + "/edit"));

		this.transactions.executeWithoutResult((tx) -> {
			assertThat(this.entityManager.find(Agreement.class, ids[1])).isNull();
			Agreement kept = this.entityManager.find(Agreement.class, ids[0]);
			assertThat(kept.getAliases()).containsExactlyInAnyOrder("Treaty of Saltmarsh", "Saltmarsh Treaty");
			assertThat(kept.getStatus()).isEqualTo(AgreementStatus.SIGNED);
			assertThat(kept.getSignedOn()).isEqualTo(LocalDate.of(1998, 4, 10));
			assertThat(kept.getParties()).extracting("code").containsExactly("IE");
			assertThat(release("harbour-both").getAgreements()).extracting(Agreement::getId).containsExactly(ids[0]);
			assertThat(release("harbour-other").getAgreements()).extracting(Agreement::getId).containsExactly(ids[0]);
		});
		// both names are now the kept agreement's, on its page, in the admin's pickers and in search
		this.mvc.perform(get("/agreements/harbour-accord"))
			.andExpect(content().string(containsString("Treaty of Saltmarsh")));
		this.mvc.perform(get("/agreements/treaty-of-saltmarsh")).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/agreements/merge").param("keep", "Harbour Accord")
			.param("duplicate", "treaty of saltmarsh")
			.with(admin()))
			.andExpect(content().string(containsString("These name the same entry.")));
		this.mvc.perform(get("/api/search").param("agreement", "harbour-accord"))
			.andExpect(content().string(containsString("\"total\":2")));
		this.mvc.perform(get("/api/search").param("q", "\"Saltmarsh Treaty\""))
			.andExpect(content().string(containsString("\"total\":2")));
		this.mvc.perform(get("/admin/audit").with(admin()))
			.andExpect(content().string(containsString("agreement Treaty of Saltmarsh (treaty-of-saltmarsh) into "
					+ "Harbour Accord")));
	}

	@Test
	void createsAMinisterWithAliasesCountryAndRoles() throws Exception {
		this.mvc.perform(post("/admin/ministers").with(admin()).with(csrf())
			.param("name", "Ylva Johansson")
			.param("aliases", "Ylva Johanson\nY. Johansson")
			.param("country", "Sweden")
			.param("roles", "European Commissioner for Home Affairs | BE | 2019-12-01\nMinister for Employment | SE | 2014-10-03 | 2019-09-10")
			.param("reviewed", "true")
			.param("version", ""))
			.andExpect(status().isFound());

		this.transactions.executeWithoutResult((tx) -> {
			Minister minister = this.entityManager
				.createQuery("select m from Minister m where m.slug = 'ylva-johansson'", Minister.class)
				.getSingleResult();
			assertThat(minister.getCountry().getCode()).isEqualTo("SE");
			assertThat(minister.getAliases()).containsExactlyInAnyOrder("Ylva Johanson", "Y. Johansson");
			assertThat(minister.getRoles()).extracting("title")
				.containsExactly("Minister for Employment", "European Commissioner for Home Affairs");
			assertThat(minister.getRoles().get(0).getEndDate()).isEqualTo(LocalDate.of(2019, 9, 10));
		});
	}

	@Test
	void reportsUnreadableRolesUnknownCountriesAndTakenNames() throws Exception {
		this.mvc.perform(post("/admin/ministers").with(admin()).with(csrf())
			.param("name", "Priti Patel")
			.param("country", "Atlantis")
			.param("roles", "Home Secretary | GB | last spring")
			.param("version", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "curation.minister.taken"))
			.andExpect(model().attributeHasFieldErrorCode("form", "country", "curation.country.unknown"))
			.andExpect(model().attributeHasFieldErrorCode("form", "roles", "curation.roles.invalid"))
			.andExpect(content().string(containsString("Home Secretary | GB | last spring")));
	}

	@Test
	void confirmsAMinisterTheImportFound() throws Exception {
		Long id = this.transactions.execute((tx) -> {
			Minister found = new Minister("found-by-import", "Found Byimport");
			found.setReviewed(false);
			this.entityManager.persist(found);
			return found.getId();
		});
		this.mvc.perform(get("/admin/ministers").param("unreviewed", "true").with(admin()))
			.andExpect(content().string(containsString("Found Byimport")));

		this.mvc.perform(post("/admin/ministers/" + id + "/confirm").with(admin()).with(csrf()).param("version", "0"))
			.andExpect(status().isFound());

		assertThat(this.curator.find(id).orElseThrow().isReviewed()).isTrue();
	}

	@Test
	void aStaleMinisterEditGetsTheConflictMessage() throws Exception {
		Long id = this.transactions.execute((tx) -> {
			Minister minister = new Minister("edited-twice", "Edited Twice");
			this.entityManager.persist(minister);
			return minister.getId();
		});
		this.mvc.perform(post("/admin/ministers/" + id).with(admin()).with(csrf())
			.param("name", "Edited Once").param("reviewed", "true").param("version", "0"))
			.andExpect(status().isFound());

		this.mvc.perform(post("/admin/ministers/" + id).with(admin()).with(csrf())
			.param("name", "Edited By Someone Else").param("reviewed", "true").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this entry while you were editing.")))
			.andExpect(content().string(containsString("Edited By Someone Else")));

		assertThat(this.curator.find(id).orElseThrow().getName()).isEqualTo("Edited Once");
	}

	@Test
	void aStaleTopicEditGetsTheConflictMessageWithTheNewerVersion() throws Exception {
		Long id = this.transactions.execute((tx) -> {
			Topic topic = new Topic("fisheries", "Fisheries");
			this.entityManager.persist(topic);
			return topic.getId();
		});
		this.mvc.perform(post("/admin/topics/" + id).with(admin()).with(csrf())
			.param("name", "Fisheries and oceans").param("version", "0"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/topics/" + id + "/edit"));

		this.mvc.perform(post("/admin/topics/" + id).with(admin()).with(csrf())
			.param("name", "Sea fisheries").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this entry while you were editing.")))
			.andExpect(model().attribute("form", new TopicForm("Sea fisheries", "1")));

		this.mvc.perform(get("/admin/topics/" + id + "/edit").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fisheries and oceans")));
	}

	@Test
	void curatesCountriesAgreementsAndTopics() throws Exception {
		Long belgium = this.transactions.execute((tx) -> this.entityManager
			.createQuery("select c.id from Country c where c.code = 'BE'", Long.class)
			.getSingleResult());
		long version = this.transactions.execute((tx) -> this.entityManager.find(
				org.pressroom.country.Country.class, belgium).getVersion());

		this.mvc.perform(post("/admin/countries/" + belgium).with(admin()).with(csrf())
			.param("code", "BE").param("name", "Belgium").param("aliases", "Belgie\nBelgique")
			.param("version", String.valueOf(version)))
			.andExpect(status().isFound());
		this.mvc.perform(post("/admin/agreements").with(admin()).with(csrf())
			.param("title", "Test Treaty of Ghent")
			.param("aliases", "Ghent Test Treaty\nghent test treaty\n")
			.param("kind", "TREATY").param("status", "SIGNED")
			.param("parties", "belgique\nGB")
			.param("signatories", "Priti Patel")
			.param("signedOn", "2021-11-01").param("signedPrecision", "MONTH")
			.param("version", ""))
			.andExpect(status().isFound());
		this.mvc.perform(post("/admin/topics").with(admin()).with(csrf()).param("name", "Border security")
			.param("version", ""))
			.andExpect(status().isFound());

		this.transactions.executeWithoutResult((tx) -> {
			assertThat(this.entityManager.find(org.pressroom.country.Country.class, belgium).getAliases())
				.contains("Belgie", "Belgique");
			Agreement treaty = this.entityManager
				.createQuery("select a from Agreement a where a.slug = 'test-treaty-of-ghent'", Agreement.class)
				.getSingleResult();
			assertThat(treaty.getParties()).extracting("code").containsExactlyInAnyOrder("BE", "GB");
			assertThat(treaty.getSignatories()).extracting("name").containsExactly("Priti Patel");
			assertThat(treaty.getSignedLabel()).isEqualTo("November 2021");
			assertThat(treaty.getAliases()).containsExactly("Ghent Test Treaty");
			assertThat(this.entityManager
				.createQuery("select count(t) from Topic t where t.slug = 'border-security'", Long.class)
				.getSingleResult()).isEqualTo(1);
		});
		this.mvc.perform(post("/admin/agreements").with(admin()).with(csrf())
			.param("title", "Bad").param("kind", "TREATY").param("status", "SIGNED")
			.param("aliases", "Joint Declaration on Combating Immigration Crimes")
			.param("parties", "Atlantis").param("signedOn", "soon").param("version", ""))
			.andExpect(model().attributeHasFieldErrorCode("form", "aliases", "curation.alias.taken"))
			.andExpect(model().attributeHasFieldErrorCode("form", "parties", "curation.names.unknown"))
			.andExpect(model().attributeHasFieldErrorCode("form", "signedOn", "typeMismatch.java.time.LocalDate"));
	}

	@Test
	void curationPagesRender() throws Exception {
		for (String page : new String[] { "/admin/ministers", "/admin/ministers/new", "/admin/ministers/merge", "/admin/agreements/merge",
				"/admin/countries", "/admin/countries/new", "/admin/agreements", "/admin/agreements/new",
				"/admin/topics", "/admin/topics/new", "/admin/accounts", "/admin/audit", "/admin/releases",
				"/admin/releases/new" }) {
			this.mvc.perform(get(page).with(admin())).andExpect(status().isOk());
		}
		this.mvc.perform(get("/admin/countries").param("q", "belg").with(admin()))
			.andExpect(content().string(containsString("Belgium")));
		Long belgium = this.transactions.execute((tx) -> this.entityManager
			.createQuery("select c.id from Country c where c.code = 'BE'", Long.class)
			.getSingleResult());
		this.mvc.perform(get("/admin/countries/" + belgium + "/edit").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Belgium")));
		this.mvc.perform(get("/admin/agreements/123456789/edit").with(admin())).andExpect(status().isNotFound());
	}

	private PressRelease release(String slug) {
		return this.entityManager.createQuery("select r from PressRelease r where r.slug = :slug", PressRelease.class)
			.setParameter("slug", slug)
			.getSingleResult();
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
