package org.pressroom.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.pressroom.minister.Minister;
import org.pressroom.release.PressRelease;
import org.pressroom.release.ReleaseStatus;
import org.pressroom.search.SearchResult.FacetCount;
import org.pressroom.search.SearchResult.Hit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search over the real sample archive (388 releases, the seed release among them): relevance, spelling, filters,
 * facet counts against the database, pagination and visibility.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
@AutoConfigureMockMvc
class ReleaseSearchTests {

	static final String SEED = "meeting-of-the-minister-of-interior-with-the-minister-of-internal-affairs-of-belgium";

	/** The sample's two releases on Annelies Verlinden's visit: the seed and the Home Office's own excerpt. */
	static final List<String> VERLINDEN_VISIT = List.of(SEED, "home-secretary-meeting-with-belgium-interior-minister");

	@Autowired
	ReleaseSearch search;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void findsSeedReleaseByMinisterNameAliasTopicAndFilter() {
		assertThat(slugs("Verlinden")).containsExactlyInAnyOrderElementsOf(VERLINDEN_VISIT);
		assertThat(slugs("Verlanden")).containsExactlyInAnyOrderElementsOf(VERLINDEN_VISIT);
		assertThat(slugs("police cooperation")).startsWith(SEED);

		SearchResult byMinister = this.search.search(filtered("", Facet.MINISTER, "priti-patel"));

		assertThat(byMinister.hits()).extracting(Hit::slug).contains(SEED);
	}

	@Test
	void findsPeopleDespiteMisspelling() {
		assertThat(slugs("Patell")).contains(SEED);
		assertThat(slugs("Verlindan")).containsExactlyInAnyOrderElementsOf(VERLINDEN_VISIT);
	}

	@Test
	void putsKnownItemsFirst() {
		assertThat(slugs("fish washed up")).first().isEqualTo("fish-washed-up-on-cornwall-beach");
		assertThat(slugs("pupil absence")).first().isEqualTo("pupil-absence-figures-for-autumn-2009-and-spring-2010");
		assertThat(slugs("Black Mental Health Roundtable")).first()
			.isEqualTo("readout-of-black-mental-health-roundtable");
		assertThat(slugs("Ukraine Donor Coordination Platform")).first()
			.isEqualTo("readout-of-fourth-meeting-of-the-ukraine-donor-coordination-platform-steering-committee");
		assertThat(slugs("Gulf Cooperation Council")).first().isEqualTo("trade-update-uk-gulf-cooperation-council-fta");
	}

	@Test
	void ranksTitleMatchesAboveBodyMatches() {
		List<Hit> hits = this.search.search(query("trade")).hits();

		assertThat(hits.get(0).title()).containsIgnoringCase("<mark>trade");
		assertThat(hits.get(1).title()).containsIgnoringCase("<mark>trade");
	}

	@Test
	void understandsPhrasesExclusionsAndOr() {
		long ukraine = this.search.count(query("Ukraine"));
		long ukraineNotRussia = this.search.count(query("Ukraine -Russia"));
		long russia = this.search.count(query("Russia"));
		long either = this.search.count(query("Ukraine OR Russia"));
		long both = this.search.count(query("Ukraine Russia"));

		assertThat(ukraineNotRussia).isLessThan(ukraine).isEqualTo(ukraine - both);
		assertThat(either).isEqualTo(ukraine + russia - both);
		assertThat(this.search.count(query("\"police cooperation\""))).isLessThanOrEqualTo(
				this.search.count(query("police cooperation")));
	}

	@Test
	void facetCountsMatchTheDatabase() {
		SearchResult all = this.search.search(query(""));

		long published = this.transactions.execute((tx) -> this.entityManager
			.createQuery("select count(r) from PressRelease r where r.status = :status", Long.class)
			.setParameter("status", ReleaseStatus.PUBLISHED)
			.getSingleResult());
		assertThat(all.total()).isEqualTo(published);
		for (FacetCount country : all.facets().get(Facet.COUNTRY)) {
			long inDatabase = this.transactions.execute((tx) -> this.entityManager.createQuery(
					"select count(r) from PressRelease r join r.countries c where c.code = :code and r.status = :status",
					Long.class)
				.setParameter("code", country.value().toUpperCase())
				.setParameter("status", ReleaseStatus.PUBLISHED)
				.getSingleResult());
			assertThat(country.count()).as(country.label()).isEqualTo(inDatabase);
		}
		for (FacetCount type : all.facets().get(Facet.TYPE)) {
			long inDatabase = this.transactions.execute((tx) -> this.entityManager
				.createQuery("select count(r) from PressRelease r where r.type = :type and r.status = :status",
						Long.class)
				.setParameter("type", type.value())
				.setParameter("status", ReleaseStatus.PUBLISHED)
				.getSingleResult());
			assertThat(type.count()).as(type.label()).isEqualTo(inDatabase);
		}
		long years = all.years().stream().mapToLong(FacetCount::count).sum();
		assertThat(years).isEqualTo(published);
		assertThat(all.facets().get(Facet.MINISTER)).extracting(FacetCount::value).startsWith("joe-biden");
	}

	@Test
	void combinesFiltersAndDates() {
		SearchResult president = this.search.search(query("president"));
		SearchResult statements = this.search.search(filtered("president", Facet.TYPE, "statement"));
		SearchResult statementsIn2022 = this.search.search(new ReleaseQuery("president",
				Map.of(Facet.TYPE, List.of("statement")), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), false,
				0));
		SearchResult seedFilters = this.search.search(new ReleaseQuery("",
				Map.of(Facet.COUNTRY, List.of("gb", "BE"), Facet.MINISTER, List.of("priti-patel", "annelies-verlinden"),
						Facet.TOPIC, List.of("police-cooperation")),
				null, null, false, 0));

		assertThat(statements.total()).isPositive().isLessThan(president.total());
		assertThat(statements.hits()).allSatisfy((hit) -> assertThat(hit.type()).isEqualTo("statement"));
		assertThat(statementsIn2022.total()).isPositive().isLessThan(statements.total());
		assertThat(statementsIn2022.hits()).allSatisfy((hit) -> {
			assertThat(hit.type()).isEqualTo("statement");
			assertThat(hit.published().getYear()).isEqualTo(2022);
		});
		assertThat(seedFilters.hits()).extracting(Hit::slug).containsExactly(SEED);
	}

	@Test
	void pagesThroughEveryHitOnce() {
		ReleaseQuery first = query("president");
		SearchResult page0 = this.search.search(first);
		SearchResult page1 = this.search.search(new ReleaseQuery("president", Map.of(), null, null, false, 1));

		assertThat(page0.total()).isGreaterThan(40);
		assertThat(page0.hits()).hasSize(20);
		assertThat(page1.hits()).hasSize(20);
		assertThat(page1.hits()).extracting(Hit::slug).doesNotContainAnyElementsOf(page0.hits().stream().map(Hit::slug).toList());
	}

	@Test
	void sortsNewestFirstOnRequest() {
		List<Hit> hits = this.search.search(new ReleaseQuery("trade", Map.of(), null, null, true, 0)).hits();

		assertThat(hits).extracting(Hit::published)
			.isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	void answersAQuestionWithTheReleasesThatHaveMostOfItsWords() {
		SearchResult question = this.search
			.search(query("what did the Belgian interior minister say about police cooperation"));

		assertThat(question.mostWords()).isTrue();
		assertThat(question.hits()).extracting(Hit::slug).contains(SEED);
		assertThat(question.hits().get(0).snippet()).contains("<mark>");
		// words that one release has all of still ask for all of them
		SearchResult allWords = this.search.search(query("Belgium interior minister police cooperation"));
		assertThat(allWords.mostWords()).isFalse();
		assertThat(allWords.hits()).extracting(Hit::slug).contains(SEED);
		// a phrase or an operator is taken as written
		assertThat(this.search.search(query("\"Belgian interior minister police\"")).total()).isZero();
		assertThat(this.search.search(query("interior minister zebra")).mostWords()).isTrue();
		assertThat(this.search.search(query("interior zebra")).total()).isZero();
	}

	@Test
	void suggestsKnownWordsForMisspeltOnes() {
		SearchResult result = this.search.search(query("Verlindn"));

		assertThat(result.suggestion()).isEqualTo("verlinden");
	}

	@Test
	void neverShowsDraftsAndEscapesStoredMarkup() {
		this.transactions.executeWithoutResult((tx) -> {
			PressRelease visible = new PressRelease("quokkafest-opens", "Quokkafest <b>opens</b>",
					"The quokkafest <script>alert('x')</script> opens today.", LocalDate.of(2024, 5, 1));
			PressRelease draft = new PressRelease("quokkafest-draft", "Quokkafest draft", "Quokkafest secret plans.",
					LocalDate.of(2024, 5, 2));
			draft.setStatus(ReleaseStatus.DRAFT);
			this.entityManager.persist(visible);
			this.entityManager.persist(draft);
		});

		SearchResult result = this.search.search(query("quokkafest"));

		assertThat(result.hits()).extracting(Hit::slug).containsExactly("quokkafest-opens");
		Hit hit = result.hits().get(0);
		assertThat(hit.title()).isEqualTo("<mark>Quokkafest</mark> &lt;b&gt;opens&lt;&#x2F;b&gt;");
		assertThat(hit.snippet()).contains("<mark>quokkafest</mark> &lt;script&gt;alert(")
			.doesNotContain("<script>")
			.doesNotContain("<b>");
	}

	@Test
	void highlightsAMatchFarIntoALongRelease() {
		// the only "obfuscation" of the sample, 11,052 characters into a 20,827-character speech
		SearchResult result = this.search.search(query("obfuscation"));

		assertThat(result.hits()).singleElement().satisfies((hit) -> assertThat(hit.snippet())
			.contains("in the face of hostility and <mark>obfuscation</mark>"));
		// twice in one sentence, some 11,000 characters into the release: the sentence once
		assertThat(this.search.search(query("okavango")).hits()).singleElement()
			.satisfies((hit) -> assertThat(hit.snippet()).containsOnlyOnce("USAID launched the Ecosystems"));
	}

	@Test
	void reindexesReleasesWhenTheirMinisterGetsANewAlias() {
		assertThat(slugs("Patelova")).doesNotContain(SEED);

		this.transactions.executeWithoutResult((tx) -> this.entityManager
			.createQuery("select m from Minister m where m.slug = 'priti-patel'", Minister.class)
			.getSingleResult()
			.getAliases()
			.add("Pritti Patelova"));

		assertThat(slugs("Patelova")).contains(SEED);
	}

	@Test
	void facetLabelsFollowARenamedMinister() {
		renameMinister("priti-patel", "Dame Priti Patel");
		try {
			SearchResult result = this.search.search(filtered("", Facet.MINISTER, "priti-patel"));

			assertThat(result.facets().get(Facet.MINISTER)).extracting(FacetCount::label).contains("Dame Priti Patel")
				.doesNotContain("Priti Patel");
		}
		finally {
			renameMinister("priti-patel", "Priti Patel");
		}
	}

	private void renameMinister(String slug, String name) {
		this.transactions.executeWithoutResult((tx) -> this.entityManager
			.createQuery("select m from Minister m where m.slug = :slug", Minister.class)
			.setParameter("slug", slug)
			.getSingleResult()
			.setName(name));
	}

	@Test
	void answersARepeatedSearchWithEveryChangeSinceTheLastAnswer() {
		assertThat(slugs("wombatfair")).isEmpty();

		Long id = this.transactions.execute((tx) -> {
			PressRelease release = new PressRelease("wombatfair-opens", "Wombatfair opens", "The wombatfair opens.",
					LocalDate.of(2024, 6, 1));
			this.entityManager.persist(release);
			return release.getId();
		});

		assertThat(slugs("wombatfair")).containsExactly("wombatfair-opens");

		this.transactions.executeWithoutResult(
				(tx) -> this.entityManager.find(PressRelease.class, id).setTitle("Wombatfair opens its gates"));

		assertThat(this.search.search(query("wombatfair")).hits()).extracting(Hit::title)
			.containsExactly("<mark>Wombatfair</mark> opens its gates");

		this.transactions.executeWithoutResult(
				(tx) -> this.entityManager.remove(this.entityManager.find(PressRelease.class, id)));

		assertThat(slugs("wombatfair")).isEmpty();
	}

	private List<String> slugs(String text) {
		return this.search.search(query(text)).hits().stream().map(Hit::slug).toList();
	}

	@Test
	void searchingLogsNoWarning(CapturedOutput output) {
		int logged = output.getAll().length();
		// a hit matched by a minister's name alone shows the start of its body
		List<String> slugs = this.search.search(query("Annelies Verlinden Belgium"))
			.hits()
			.stream()
			.map(Hit::slug)
			.toList();

		assertThat(slugs).contains(SEED);
		assertThat(output.getAll().substring(logged)).doesNotContain(" WARN ");
	}

	static ReleaseQuery query(String text) {
		return new ReleaseQuery(text, Map.of(), null, null, false, 0);
	}

	static ReleaseQuery filtered(String text, Facet facet, String value) {
		return new ReleaseQuery(text, Map.of(facet, List.of(value)), null, null, false, 0);
	}

}
