package org.pressroom.release;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public pages of releases over MockMvc, on the sample archive.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReleasePagesTests {

	static final String SEED = "meeting-of-the-minister-of-interior-with-the-minister-of-internal-affairs-of-belgium";

	static final Pattern TITLE_LINK = Pattern.compile("<h[23]><a href=\"/releases/([^\"]+)\">");

	static final Pattern DATE = Pattern.compile("<time datetime=\"(\\d{4}-\\d{2}-\\d{2})\">");

	@Autowired
	MockMvc mvc;

	@Autowired
	ReleaseRepository releases;

	@Test
	void homeShowsLatestReleasesSearchBoxAndWaysIn() throws Exception {
		String html = page("/", 200);

		assertThat(html).contains("<h1>Government press releases</h1>", "action=\"/search\"",
				"<label for=\"home-search-q\">Search the archive</label>", "By minister", "By country",
				"By agreement", "By topic", "<a href=\"/ministers/joe-biden\">Joe Biden</a> <span class=\"muted\">(181)</span>",
				"href=\"/ministers\"", "href=\"/countries\"", "href=\"/agreements\"", "href=\"/topics\"",
				"<a href=\"/countries/us\">United States</a>", "href=\"/topics/illegal-migration\"",
				"<section aria-labelledby=\"by-topic\">", "<h2 id=\"by-topic\">By topic</h2>");
		assertThat(html).containsPattern("<a href=\"/agreements/[a-z0-9-]+\">");
		assertThat(slugs(html)).hasSize(HomeController.LATEST);
		assertThat(dates(html)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void listsPublishedReleasesNewestFirstTwentyAPage() throws Exception {
		long published = this.releases.findPublished(org.springframework.data.domain.Pageable.ofSize(1))
			.getTotalElements();

		String first = page("/releases", 200);
		String second = page("/releases?page=1", 200);

		assertThat(first).contains("<h1>Releases</h1>", "All " + published + " releases, newest first.",
				"Showing 1 to 20 of " + published, "href=\"/releases?page=1\" rel=\"next\"");
		assertThat(slugs(first)).hasSize(20).doesNotContainAnyElementsOf(slugs(second));
		assertThat(second).contains("Showing 21 to 40 of " + published);
		List<LocalDate> dates = dates(first);
		dates.addAll(dates(second));
		assertThat(dates).hasSize(40).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void clampsPageParametersThatAreNotNumbersOrOutOfRange() throws Exception {
		String first = page("/releases", 200);
		long published = this.releases.findPublished(org.springframework.data.domain.Pageable.ofSize(1))
			.getTotalElements();
		long lastPage = (published - 1) / 20;

		assertThat(slugs(page("/releases?page=abc&size=xyz", 200))).isEqualTo(slugs(first));
		assertThat(slugs(page("/releases?page=-3&size=-4", 200))).isEqualTo(slugs(first));
		assertThat(slugs(page("/releases?size=0", 200))).isEqualTo(slugs(first));
		assertThat(slugs(page("/releases?size=100000", 200))).hasSize(100);
		assertThat(slugs(page("/releases?sort=nothing,desc", 200))).isEqualTo(slugs(first));
		assertThat(page("/releases?page=99999999", 200)).contains("aria-current=\"page\">" + (lastPage + 1) + "<");
		assertThat(slugs(page("/releases?page=99999999999999999999", 200))).isEqualTo(slugs(first));
	}

	@Test
	void seedReleaseShowsItsLinksBodyAndLicence() throws Exception {
		String html = page("/releases/" + SEED, 200);

		assertThat(html).contains(
				"<title>Meeting of the Minister of Interior with the Minister of Internal Affairs of Belgium – Pressroom</title>",
				"<h1>Meeting of the Minister of Interior with the Minister of Internal Affairs of Belgium</h1>",
				"<time datetime=\"2022-03-01\">1 March 2022</time>", "<span>Home Office</span>",
				"<a href=\"/ministers/priti-patel\">Priti Patel</a>",
				"<a href=\"/ministers/annelies-verlinden\">Annelies Verlinden</a>",
				"<a href=\"/countries/be\">Belgium</a>", "<a href=\"/countries/gb\">United Kingdom</a>",
				"<a href=\"/countries/ua\">Ukraine</a>",
				"<a href=\"/agreements/joint-declaration-on-combating-immigration-crimes\">Joint Declaration on Combating Immigration Crimes</a> <span class=\"muted\">(signed)</span>",
				"<a href=\"/topics/illegal-migration\">Illegal migration</a>",
				"<p>The Minister of Internal Affairs Anelis Verlinden said.</p>",
				"Open Government Licence v3.0 (Crown copyright; machine translation of the original)",
				"Related releases");
		assertThat(html.split("<h1")).hasSize(2);
		assertThat(html).doesNotContain("Exit mobile version", "\u0587");
	}

	@Test
	void unknownReleaseGetsTheNotFoundPageInTheLayout() throws Exception {
		String html = page("/releases/no-such-release", 404);

		assertThat(html).contains("<title>Page not found – Pressroom</title>", "<h1>Page not found</h1>",
				"There is no release called “no-such-release”.", "Skip to main content", "href=\"/releases\"")
			.doesNotContain("Exception", "at org.");
	}

	@Test
	@Transactional
	void draftAndScheduledReleasesStayOutOfPublicPages() throws Exception {
		PressRelease draft = new PressRelease("draft-on-border-checks", "Draft on border checks", "Not yet.",
				LocalDate.of(2099, 1, 1));
		draft.setStatus(ReleaseStatus.DRAFT);
		PressRelease scheduled = new PressRelease("scheduled-on-border-checks", "Scheduled on border checks",
				"Soon.", LocalDate.of(2099, 1, 2));
		scheduled.setStatus(ReleaseStatus.SCHEDULED);
		this.releases.saveAndFlush(draft);
		this.releases.saveAndFlush(scheduled);

		page("/releases/draft-on-border-checks", 404);
		page("/releases/scheduled-on-border-checks", 404);
		assertThat(page("/releases", 200) + page("/", 200)).doesNotContain("border-checks");
	}

	@Test
	@Transactional
	void scriptInABodyNeverReachesThePage() throws Exception {
		PressRelease release = new PressRelease("statement-with-markup", "Statement with markup",
				"Hello <script>alert('x')</script> [link](javascript:alert(1)) <img src=x onerror=alert(1)>",
				LocalDate.of(2020, 1, 1));
		this.releases.saveAndFlush(release);

		String html = page("/releases/statement-with-markup", 200);

		assertThat(html).contains("&lt;script&gt;").doesNotContain("<script", "javascript:", "<img src=x");
	}

	@Test
	@Transactional
	void quotesAreGroupedBySpeakerWithLinkedMinisters(@Autowired jakarta.persistence.EntityManager entityManager)
			throws Exception {
		org.pressroom.minister.Minister patel = entityManager
			.createQuery("select m from Minister m where m.slug = 'priti-patel'", org.pressroom.minister.Minister.class)
			.getSingleResult();
		PressRelease release = new PressRelease("quoted-statement", "Quoted statement", "Words.",
				LocalDate.of(2021, 5, 5));
		release.getQuotes().add(new Quote("Priti Patel", patel, "Countries must work together."));
		release.getQuotes().add(new Quote("A spokesperson", null, "We welcome this."));
		release.getQuotes().add(new Quote("Interior Minister Priti Patel", patel, "We will act."));
		this.releases.saveAndFlush(release);

		String html = page("/releases/quoted-statement", 200);

		assertThat(html).contains("<h2 id=\"quotes\">Quotes</h2>");
		String quotes = html.substring(html.indexOf("id=\"quotes\""), html.indexOf("id=\"source\""));
		assertThat(quotes.split("<h3>")).hasSize(3);
		assertThat(quotes).containsSubsequence("<a href=\"/ministers/priti-patel\">Priti Patel</a>",
				"Countries must work together.", "We will act.", "<span>A spokesperson</span>", "We welcome this.");
	}

	private String page(String url, int status) throws Exception {
		MvcResult result = this.mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static List<String> slugs(String html) {
		return TITLE_LINK.matcher(html).results().map((match) -> match.group(1)).toList();
	}

	static List<LocalDate> dates(String html) {
		return new java.util.ArrayList<>(DATE.matcher(html)
			.results()
			.map((MatchResult match) -> LocalDate.parse(match.group(1)))
			.toList());
	}

}
