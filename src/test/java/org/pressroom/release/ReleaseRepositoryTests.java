package org.pressroom.release;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.pressroom.agreement.Agreement;
import org.pressroom.agreement.AgreementKind;
import org.pressroom.agreement.AgreementStatus;
import org.pressroom.country.Country;
import org.pressroom.ingest.V8__WarningIdSequence;
import org.pressroom.minister.Minister;
import org.pressroom.topic.Topic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries of public pages, on H2 with the Flyway schema: only published releases, newest first.
 */
@DataJpaTest
// Java migrations, which the JPA slice does not scan for
@Import({ V7__ReleaseIdSequence.class, V8__WarningIdSequence.class })
class ReleaseRepositoryTests {

	@Autowired
	ReleaseRepository releases;

	@Autowired
	EntityManager entityManager;

	Minister patel;

	Minister verlinden;

	Country belgium;

	Country france;

	Agreement declaration;

	Topic migration;

	PressRelease meeting;

	PressRelease older;

	PressRelease unrelated;

	@BeforeEach
	void archive() {
		this.belgium = persist(new Country("QB", "Belgium"));
		this.france = persist(new Country("QF", "France"));
		this.patel = persist(new Minister("priti-patel", "Priti Patel"));
		this.verlinden = persist(new Minister("annelies-verlinden", "Annelies Verlinden"));
		this.declaration = persist(new Agreement("joint-declaration", "Joint Declaration", AgreementKind.JOINT_DECLARATION,
				AgreementStatus.SIGNED));
		this.migration = persist(new Topic("illegal-migration", "Illegal migration"));
		this.meeting = release("meeting", LocalDate.of(2022, 3, 1), ReleaseStatus.PUBLISHED);
		this.meeting.getMinisters().addAll(List.of(this.patel, this.verlinden));
		this.meeting.getCountries().add(this.belgium);
		this.meeting.getAgreements().add(this.declaration);
		this.meeting.getTopics().add(this.migration);
		this.meeting.setIssuer("Home Office");
		this.older = release("older", LocalDate.of(2021, 11, 20), ReleaseStatus.PUBLISHED);
		this.older.getAgreements().add(this.declaration);
		this.older.setIssuingCountry(this.belgium);
		this.unrelated = release("unrelated", LocalDate.of(2023, 1, 1), ReleaseStatus.PUBLISHED);
		this.unrelated.getCountries().add(this.france);
		PressRelease draft = release("draft", LocalDate.of(2024, 1, 1), ReleaseStatus.DRAFT);
		draft.getMinisters().add(this.patel);
		draft.getCountries().add(this.belgium);
		draft.getAgreements().add(this.declaration);
		draft.getTopics().add(this.migration);
		PressRelease scheduled = release("scheduled", LocalDate.of(2024, 2, 1), ReleaseStatus.SCHEDULED);
		scheduled.getMinisters().add(this.patel);
		this.entityManager.flush();
		this.entityManager.clear();
	}

	@Test
	void findsOnlyPublishedReleasesNewestFirst() {
		Page<PressRelease> page = this.releases.findPublished(PageRequest.of(0, 2));

		assertThat(page.getTotalElements()).isEqualTo(3);
		assertThat(page.getContent()).extracting(PressRelease::getSlug).containsExactly("unrelated", "meeting");
		assertThat(this.releases.findPublishedBySlug("draft")).isEmpty();
		assertThat(this.releases.findPublishedBySlug("scheduled")).isEmpty();
		assertThat(this.releases.findPublishedBySlug("meeting")).get()
			.extracting(PressRelease::getTitle)
			.isEqualTo("Title of meeting");
	}

	@Test
	void findsPublishedReleasesOfEachLinkedThing() {
		PageRequest all = PageRequest.of(0, 20);

		assertThat(this.releases.findPublishedByMinister(this.patel.getId(), all)).extracting(PressRelease::getSlug)
			.containsExactly("meeting");
		assertThat(this.releases.findPublishedByCountry(this.belgium.getId(), all)).extracting(PressRelease::getSlug)
			.containsExactly("meeting", "older");
		assertThat(this.releases.findPublishedByAgreement(this.declaration.getId(), all))
			.extracting(PressRelease::getSlug)
			.containsExactly("meeting", "older");
		assertThat(this.releases.findPublishedByTopic(this.migration.getId(), all)).extracting(PressRelease::getSlug)
			.containsExactly("meeting");
	}

	@Test
	void relatedReleasesShareALinkAndArePublished() {
		assertThat(this.releases.findPublishedRelatedTo(this.meeting.getId(), Limit.of(5)))
			.extracting(PressRelease::getSlug)
			.containsExactly("older");
		assertThat(this.releases.findPublishedRelatedTo(this.unrelated.getId(), Limit.of(5))).isEmpty();
	}

	@Test
	void countsPublishedReleasesPerLinkedThing() {
		assertThat(this.releases.countByMinister(Limit.unlimited())).containsExactly(
				new Counted("annelies-verlinden", "Annelies Verlinden", 1), new Counted("priti-patel", "Priti Patel", 1));
		assertThat(this.releases.countByCountry(Limit.of(1))).containsExactly(new Counted("qb", "Belgium", 1));
		assertThat(this.releases.countByAgreement(Limit.unlimited()))
			.containsExactly(new Counted("joint-declaration", "Joint Declaration", 2));
		assertThat(this.releases.countByTopic(Limit.unlimited()))
			.containsExactly(new Counted("illegal-migration", "Illegal migration", 1));
	}

	private PressRelease release(String slug, LocalDate published, ReleaseStatus status) {
		PressRelease release = new PressRelease(slug, "Title of " + slug, "Body of " + slug, published);
		release.setStatus(status);
		return persist(release);
	}

	private <T> T persist(T entity) {
		this.entityManager.persist(entity);
		return entity;
	}

}
