package org.pressroom.release;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.pressroom.agreement.Agreement;
import org.pressroom.agreement.AgreementKind;
import org.pressroom.agreement.AgreementStatus;
import org.pressroom.country.Country;
import org.pressroom.ingest.ImportSummary;
import org.pressroom.ingest.ReleaseImporter;
import org.pressroom.ingest.read.ImportFile;
import org.pressroom.ingest.read.ImportFormat;
import org.pressroom.ingest.read.ImportOptions;
import org.pressroom.minister.Minister;
import org.pressroom.topic.Topic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each page's data comes in a fixed number of SQL statements, however many releases it shows: counted with
 * Hibernate's statistics over pages full of releases that each link to ministers, countries, agreements, topics
 * and quotes.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryCountTests {

	static final int LINKED_RELEASES = 110;

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ReleaseImporter importer;

	Statistics statistics;

	@BeforeAll
	void linkedReleases(@Autowired EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.transactions.executeWithoutResult((tx) -> {
			Country north = persist(new Country("QN", "Northland"));
			Country south = persist(new Country("QS", "Southland"));
			Agreement accord = persist(
					new Agreement("border-accord", "Border Accord", AgreementKind.TREATY, AgreementStatus.IN_FORCE));
			accord.getParties().addAll(List.of(north, south));
			Topic borders = persist(new Topic("borders", "Borders"));
			for (int n = 0; n < LINKED_RELEASES; n++) {
				Minister first = persist(new Minister("first-minister-" + n, "First Minister " + n));
				first.setCountry(north);
				Minister second = persist(new Minister("second-minister-" + n, "Second Minister " + n));
				PressRelease release = new PressRelease("linked-release-" + n, "Linked release " + n,
						"Body **" + n + "**", LocalDate.of(2090, 1, 1).plusDays(n));
				release.setIssuer("Border Office");
				release.setIssuingCountry(north);
				release.getMinisters().addAll(List.of(first, second));
				release.getCountries().addAll(List.of(north, south));
				release.getAgreements().add(accord);
				release.getTopics().add(borders);
				release.getQuotes().add(new Quote("First Minister " + n, first, "We act together."));
				release.getQuotes().add(new Quote("Someone", null, "Indeed."));
				persist(release);
			}
		});
	}

	@Test
	void releasesListTakesTheSameFewStatementsForFiveOrOneHundredLinkedReleases() throws Exception {
		long twenty = statements("/releases");
		long five = statements("/releases?size=5");
		long hundred = statements("/releases?size=100");

		assertThat(twenty).isLessThanOrEqualTo(5).isEqualTo(five).isEqualTo(hundred);
		assertThat(statements("/api/releases?size=100")).isLessThanOrEqualTo(5);
	}

	@Test
	void releasePageTakesAFixedNumberOfStatements() throws Exception {
		long page = statements("/releases/linked-release-5");

		assertThat(page).isLessThanOrEqualTo(10);
		assertThat(statements("/api/releases/linked-release-5")).isLessThanOrEqualTo(9);
	}

	@Test
	void homeAndBrowsePagesTakeAFixedNumberOfStatements() throws Exception {
		assertThat(statements("/")).isLessThanOrEqualTo(9);
		assertThat(statements("/agreements/border-accord?size=100")).isLessThanOrEqualTo(9)
			.isEqualTo(statements("/agreements/border-accord?size=5"));
		assertThat(statements("/countries/qn?size=100")).isLessThanOrEqualTo(11)
			.isEqualTo(statements("/countries/qn?size=5"));
		assertThat(statements("/topics/borders?size=100")).isLessThanOrEqualTo(6);
		assertThat(statements("/ministers/first-minister-3")).isLessThanOrEqualTo(7);
		assertThat(statements("/ministers")).isLessThanOrEqualTo(3);
		assertThat(statements("/countries")).isLessThanOrEqualTo(3);
		assertThat(statements("/topics")).isLessThanOrEqualTo(3);
		assertThat(statements("/agreements")).isLessThanOrEqualTo(3);
	}

	@Test
	void anAgreementsStatusAndPartiesLeaveItsReleasesAloneWhileItsTitleReindexesThem() {
		long status = statementsToChange((accord) -> accord.setStatus(AgreementStatus.ENDED));
		long parties = statementsToChange(
				(accord) -> accord.getParties().removeIf((party) -> party.getCode().equals("QS")));
		long title = statementsToChange((accord) -> accord.setTitle("Border Accord of 2090"));
		statementsToChange((accord) -> {
			accord.setStatus(AgreementStatus.IN_FORCE);
			accord.getParties().add(this.entityManager.createQuery("select c from Country c where c.code = 'QS'",
					Country.class).getSingleResult());
			accord.setTitle("Border Accord");
		});

		// a release's document holds its agreements' titles, slugs and aliases, nothing else of them
		assertThat(status).isLessThanOrEqualTo(2);
		assertThat(parties).isLessThanOrEqualTo(4);
		assertThat(title).isGreaterThanOrEqualTo(status + 3);
	}

	@Test
	void importingAFileAgainTakesAFewStatementsABatchNotOneARelease() {
		statementsToImport(150);

		long ten = statementsToImport(10);
		long hundredAndFifty = statementsToImport(150);

		assertThat(hundredAndFifty).isEqualTo(ten).isLessThanOrEqualTo(20);
	}

	/** Imports the first {@code count} of a file of releases, each with an untranslated word to warn about. */
	private long statementsToImport(int count) {
		StringBuilder lines = new StringBuilder();
		for (int n = 0; n < count; n++) {
			lines.append("{\"title\": \"Counted import ").append(n).append("\", \"published\": \"2091-01-01\", ")
				.append("\"body\": \"The talks went on ժամանակ until late.\"}\n");
		}
		this.statistics.clear();
		ImportSummary summary = this.importer.importFiles(
				List.of(ImportFile.of("counted.jsonl", ImportFormat.JSON_LINES, lines.toString().getBytes(UTF_8))),
				ImportOptions.defaults(), (handled) -> {
				});
		assertThat(summary.getFailed()).isZero();
		assertThat(summary.getWarnings()).hasSize(count);
		return this.statistics.getPrepareStatementCount();
	}

	private long statementsToChange(Consumer<Agreement> change) {
		this.statistics.clear();
		this.transactions.executeWithoutResult((tx) -> change.accept(this.entityManager
			.createQuery("select a from Agreement a where a.slug = 'border-accord'", Agreement.class)
			.getSingleResult()));
		return this.statistics.getPrepareStatementCount();
	}

	private long statements(String url) throws Exception {
		this.statistics.clear();
		this.mvc.perform(get(url)).andExpect(status().isOk());
		return this.statistics.getPrepareStatementCount();
	}

	private <T> T persist(T entity) {
		this.entityManager.persist(entity);
		return entity;
	}

}
