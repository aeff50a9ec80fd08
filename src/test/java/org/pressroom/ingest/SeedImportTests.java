package org.pressroom.ingest;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.pressroom.agreement.Agreement;
import org.pressroom.agreement.AgreementStatus;
import org.pressroom.agreement.DatePrecision;
import org.pressroom.country.Country;
import org.pressroom.ingest.read.ImportFile;
import org.pressroom.ingest.read.ImportFormat;
import org.pressroom.ingest.read.ImportOptions;
import org.pressroom.minister.Minister;
import org.pressroom.release.PressRelease;
import org.pressroom.release.Quote;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance case: the scraped, machine-translated seed release imported as a plain text file.
 */
@SpringBootTest(properties = "pressroom.sample-data=false")
@AutoConfigureMockMvc
class SeedImportTests {

	static final String SEED = "seed/000_f2b82cc3597c9be6.txt";

	static final String TITLE = "Meeting of the Minister of Interior with the Minister of Internal Affairs of Belgium";

	@Autowired
	ReleaseImporter importer;

	@Autowired
	Archive archive;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void countriesOnly() {
		this.archive.countriesOnly();
	}

	@Test
	void seedWithCuratedMinistersIsCleanedLinkedAndQuoted() {
		this.archive.curatedMinisters();

		ImportSummary summary = importSeed();

		assertThat(summary.getImported()).isEqualTo(1);
		assertThat(summary.getFailures()).isEmpty();
		this.transactions.executeWithoutResult((tx) -> {
			PressRelease release = onlyRelease();
			assertThat(release.getTitle()).isEqualTo(TITLE);
			assertThat(release.getPublished()).isEqualTo(LocalDate.of(2022, 3, 1));
			assertThat(release.getBody()).doesNotContain("Exit mobile version")
				.doesNotContain("Source")
				.doesNotContain(TITLE)
				.doesNotContain("և")
				.contains("information sharing and partnerships")
				.contains("international law and norms and can not be without consequences")
				.contains("Minister Verlinden ժամանակ During our meeting")
				.startsWith("During his two-day visit")
				.endsWith("staying in touch for weeks and months to come.");
			assertThat(release.getMinisters()).extracting(Minister::getName)
				.containsExactlyInAnyOrder("Priti Patel", "Annelies Verlinden", "Boris Johnson", "Alexander De Croo");
			assertThat(count("Minister")).isEqualTo(4);
			assertThat(release.getCountries()).extracting(Country::getCode)
				.containsExactlyInAnyOrder("GB", "BE", "UA", "RU", "FR");
			assertSeedAgreements(release);
			assertSeedQuotes(release, "Priti Patel", "Annelies Verlinden");
		});
		assertThat(summary.getWarnings()).singleElement().satisfies((warning) -> {
			assertThat(warning.fragment()).isEqualTo("ժամանակ");
			assertThat(warning.script()).isEqualTo("Armenian");
		});
		assertThat(this.archive.count("release_warning")).isEqualTo(1);
	}

	@Test
	void seedIntoEmptyMinistersCreatesPatelAndVerlindenUnreviewed() {
		ImportSummary summary = importSeed();

		assertThat(summary.getImported()).isEqualTo(1);
		this.transactions.executeWithoutResult((tx) -> {
			PressRelease release = onlyRelease();
			List<Minister> all = this.entityManager.createQuery("select m from Minister m", Minister.class)
				.getResultList();
			assertThat(all).extracting(Minister::getName)
				.contains("Priti Patel", "Anelis Verlinden")
				.doesNotContain("Verlanden", "Minister Verlinden");
			assertThat(all).allMatch((minister) -> !minister.isReviewed());
			assertThat(all).filteredOn((m) -> m.getName().contains("Verl")).hasSize(1);
			assertThat(all).filteredOn((m) -> m.getName().contains("Patel")).hasSize(1);
			assertThat(release.getMinisters()).extracting(Minister::getName)
				.contains("Priti Patel", "Anelis Verlinden");
			assertSeedQuotes(release, "Priti Patel", "Anelis Verlinden");
		});
	}

	@Test
	void seedMatchesTheSampleArchivesCuratedAgreementsWithoutDuplicating() {
		this.transactions.executeWithoutResult(
				(tx) -> new ReferenceData(this.entityManager).load(new ClassPathResource("sample/reference.yaml")));
		long agreements = this.archive.count("agreement");

		importSeed();

		assertThat(this.archive.count("agreement")).isEqualTo(agreements);
		this.transactions.executeWithoutResult((tx) -> assertThat(onlyRelease().getAgreements())
			.extracting(Agreement::getTitle)
			.containsExactlyInAnyOrder("Joint Declaration on Combating Immigration Crimes",
					"UK–Belgium Police Cooperation Agreement", "UK–Belgium Law Enforcement Cooperation Agreement"));
	}

	@Test
	void seedImportedTwiceIsStoredOnce() {
		this.archive.curatedMinisters();
		importSeed();
		long ministers = this.archive.count("minister");
		long agreements = this.archive.count("agreement");

		ImportSummary again = importSeed();

		assertThat(again.getImported()).isZero();
		assertThat(again.getSkipped()).as(again + " " + again.getFailures()).isEqualTo(1);
		assertThat(this.archive.count("press_release")).isEqualTo(1);
		assertThat(this.archive.count("minister")).isEqualTo(ministers);
		assertThat(this.archive.count("agreement")).isEqualTo(agreements);
		assertThat(this.archive.count("release_quote")).isEqualTo(2);
		assertThat(this.archive.count("release_warning")).isEqualTo(1);
	}

	private void assertSeedAgreements(PressRelease release) {
		assertThat(release.getAgreements()).hasSize(3);
		Agreement declaration = agreement(release, "Joint Declaration on Combating Immigration Crimes");
		assertThat(declaration.getStatus()).isEqualTo(AgreementStatus.SIGNED);
		assertThat(declaration.getSignedOn()).isEqualTo(LocalDate.of(2021, 11, 1));
		assertThat(declaration.getSignedPrecision()).isEqualTo(DatePrecision.MONTH);
		assertThat(declaration.getSignatories()).extracting(Minister::getName)
			.containsExactlyInAnyOrder("Boris Johnson", "Alexander De Croo");
		Agreement police = agreement(release, "Police Cooperation Agreement");
		assertThat(police.getStatus()).isEqualTo(AgreementStatus.UNDER_NEGOTIATION);
		assertThat(police.getParties()).extracting(Country::getCode).containsExactlyInAnyOrder("GB", "BE");
		Agreement lawEnforcement = agreement(release, "Law Enforcement Cooperation Agreement");
		assertThat(lawEnforcement.getStatus()).isEqualTo(AgreementStatus.UNDER_NEGOTIATION);
		assertThat(lawEnforcement.getNegotiationsLaunched()).isEqualTo(LocalDate.of(2022, 3, 1));
	}

	private static Agreement agreement(PressRelease release, String title) {
		return release.getAgreements()
			.stream()
			.filter((agreement) -> agreement.getTitle().endsWith(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no agreement " + title + " in " + release.getAgreements()));
	}

	private void assertSeedQuotes(PressRelease release, String patel, String verlinden) {
		List<Quote> quotes = release.getQuotes();
		assertThat(quotes).extracting(Quote::getSpeaker).containsExactly(patel, verlinden);
		assertThat(quotes).extracting((quote) -> quote.getMinister().getName()).containsExactly(patel, verlinden);
		assertThat(quotes.get(0).getText()).startsWith("In Europe, beyond, countries must work together")
			.contains("Our commitment to jointly combat illegal immigration")
			.endsWith("doing little to prevent individuals from entering illegally.")
			.doesNotContain("Verlinden said");
		assertThat(quotes.get(1).getText()).startsWith("The United Kingdom is a potential neighbor")
			.endsWith("and child sexual abuse.")
			.doesNotContain("The meeting was also an opportunity");
	}

	private ImportSummary importSeed() {
		ClassPathResource seed = new ClassPathResource(SEED);
		return this.importer.importFiles(List.of(new ImportFile(seed.getFilename(), ImportFormat.TEXT, seed::getInputStream)),
				new ImportOptions(LocalDate.of(2022, 3, 1), true), (n) -> {
				});
	}

	private PressRelease onlyRelease() {
		return this.entityManager.createQuery("select r from PressRelease r", PressRelease.class).getSingleResult();
	}

	private long count(String entity) {
		return this.entityManager.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
	}

}
