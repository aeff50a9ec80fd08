package org.pressroom.search;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pressroom.search.ReleaseSearchTests.SEED;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page, its JSON API, feeds and exports through the web layer, over the sample archive.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchWebTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	ReleaseSearch search;

	@Test
	void pageShowsCountHitsFacetsAndTimeline() throws Exception {
		String page = page("/search?q=Verlinden");

		assertThat(page).containsPattern("\\d+ releases? match(es)? “Verlinden”")
			.contains("href=\"/releases/" + SEED + "\"")
			.contains("<mark>Verlinden</mark>")
			.contains("aria-live=\"polite\"")
			.contains("href=\"/search?q=Verlinden&amp;minister=priti-patel\"")
			// the count of a facet value is read out with its unit
			.containsPattern("Priti Patel</span> <span class=\"facet__count\"><span>\\d+</span>"
					+ "<span class=\"visually-hidden\">.releases?</span>")
			.contains("<svg")
			.contains("<title id=\"timeline-title\">Matches over time</title>")
			.contains("<desc id=\"timeline-desc\">");
	}

	@Test
	void appliedFiltersAreShownRemovableAndKeptInTheForm() throws Exception {
		String page = page("/search?q=Verlinden&minister=priti-patel&country=be");

		assertThat(page).contains("Remove filter Minister: Priti Patel")
			.contains("href=\"/search?q=Verlinden&amp;country=be\"")
			.contains("<input type=\"hidden\" name=\"minister\" value=\"priti-patel\">")
			.containsPattern("\\d+ releases? match");
	}

	@Test
	void searchingFromAMinistersPageKeepsTheFilter() throws Exception {
		String page = page("/ministers/priti-patel");

		assertThat(page).contains("Search the releases of Priti Patel")
			.contains("<input type=\"hidden\" name=\"minister\" value=\"priti-patel\">")
			.contains("action=\"/search\"");
	}

	@Test
	void apiAnswersHitsTotalAndFacets() throws Exception {
		JsonNode json = json("/api/search?q=police+cooperation");

		assertThat(json.path("total").asLong()).isPositive();
		assertThat(json.path("hits").get(0).path("slug").asString()).isEqualTo(SEED);
		assertThat(json.path("hits").get(0).path("snippet").asString()).contains("<mark>");
		assertThat(json.path("facets").path("minister").findValuesAsString("value")).contains("priti-patel",
				"annelies-verlinden");
		assertThat(json.path("facets").path("country").findValuesAsString("value")).contains("gb", "be");
		assertThat(json.path("facets").path("year").get(0).path("value").asString()).isEqualTo("2022");
	}

	@Test
	void aQuestionNoReleaseHasAllWordsOfShowsThoseWithMostOfThem() throws Exception {
		String question = "what did the Belgian interior minister say about police cooperation";
		JsonNode json = JSON.readTree(this.mvc.perform(get("/api/search").param("q", question))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(json.path("mostWords").asBoolean()).isTrue();
		assertThat(json.path("hits").findValuesAsString("slug")).contains(SEED);
		String page = this.mvc.perform(get("/search").param("q", question))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("No release has all the words of \u201c" + question + "\u201d;")
			.contains("at least half of them")
			.contains("/releases/" + SEED);
		assertThat(json("/api/search?q=police+cooperation").path("mostWords").asBoolean()).isFalse();
	}

	@Test
	void apiRejectsBadDatesWithJsonError() throws Exception {
		MvcResult result = this.mvc.perform(get("/api/search?q=trade&from=yesterday"))
			.andExpect(status().isBadRequest())
			.andReturn();

		JsonNode json = JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(json.path("status").asInt()).isEqualTo(400);
		assertThat(json.path("message").asString()).contains("yesterday").contains("not a date");
	}

	@Test
	void pageExplainsBadDatesAndStillSearches() throws Exception {
		String page = page("/search?q=trade&from=2022-13-45&sort=sideways&page=abc");

		assertThat(page).contains("“2022-13-45” is not a date")
			.contains("“sideways” is not an order")
			.contains("releases match “trade”");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"unbalanced", "\"", "-", "OR", "OR OR", "*", "(", ")((", "~", "| |", "+-", "\\",
			"trade AND", "-\"\"", "Пу́тин", "移民", "مهاجرة", "💥", "%00", "a\u0000b", "<script>alert(1)</script>",
			"\"police cooperation", "police -", "title:trade", "trade~2", "tra*" })
	void anyTypedStringGivesANormalPage(String q) throws Exception {
		MvcResult result = this.mvc.perform(get("/search").param("q", q)).andExpect(status().isOk()).andReturn();

		String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"search-count\"").doesNotContain("<script>alert(1)</script>");
		assertThat(this.mvc.perform(get("/api/search").param("q", q)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void veryLongQueryIsShortenedNotRefused() throws Exception {
		String q = "migration ".repeat(1000);

		String page = this.mvc.perform(get("/search").param("q", q))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Your search was shortened").contains("releases match");
	}

	@Test
	void emptyQueryListsEveryPublishedRelease() throws Exception {
		JsonNode json = json("/api/search?q=");

		assertThat(json.path("total").asLong()).isEqualTo(this.search.count(ReleaseSearchTests.query("")))
			.isGreaterThanOrEqualTo(388);
		assertThat(json.path("hits")).hasSize(20);
	}

	@Test
	void secondPageContinuesTheFirst() throws Exception {
		JsonNode first = json("/api/search?q=president");
		JsonNode second = json("/api/search?q=president&page=1");

		assertThat(second.path("page").asInt()).isEqualTo(1);
		assertThat(second.path("hits").findValuesAsString("slug"))
			.doesNotContainAnyElementsOf(first.path("hits").findValuesAsString("slug"));
	}

	@Test
	void atomFeedsAreValidAndListReleases() throws Exception {
		SyndFeed latest = feed("/feed.atom");
		SyndFeed search = feed("/search.atom?q=Verlinden");

		assertThat(latest.getFeedType()).isEqualTo("atom_1.0");
		assertThat(latest.getEntries()).hasSize(20);
		assertThat(latest.getEntries()).extracting(SyndEntry::getPublishedDate)
			.isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(search.getEntries()).extracting(SyndEntry::getLink)
			.contains("http://localhost/releases/" + SEED);
		assertThat(search.getEntries()).extracting(SyndEntry::getTitle)
			.contains("Meeting of the Minister of Interior with the Minister of Internal Affairs of Belgium");
		assertThat(search.getEntries()).allSatisfy((entry) -> assertThat(entry.getUpdatedDate()).isNotNull());
	}

	@Test
	void exportsStreamEveryMatch() throws Exception {
		long total = this.search.count(ReleaseSearchTests.query("president"));

		String csv = download("/search.csv?q=president");
		String jsonl = download("/search.jsonl?q=president");
		String everything = download("/search.csv");

		List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
		assertThat(total).isGreaterThan(20);
		assertThat(rows).hasSize((int) total);
		assertThat(jsonl.lines().count()).isEqualTo(total);
		assertThat(JSON.readTree(jsonl.lines().findFirst().orElseThrow()).path("title").asString()).isNotBlank();
		assertThat(CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(everything)).getRecords())
			.hasSize((int) this.search.count(ReleaseSearchTests.query("")));
	}

	@Test
	void exportOfOneFilterHasTheSeedRelease() throws Exception {
		String csv = download("/search.csv?minister=annelies-verlinden&topic=police-cooperation");

		List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
		assertThat(rows).extracting((row) -> row.get("slug")).containsExactly(SEED);
		assertThat(rows.get(0).get("ministers")).contains("Priti Patel").contains("Annelies Verlinden");
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private JsonNode json(String url) throws Exception {
		return JSON.readTree(page(url));
	}

	private SyndFeed feed(String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
		return new SyndFeedInput().build(new StringReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
	}

	private String download(String url) throws Exception {
		MvcResult started = this.mvc.perform(get(url)).andExpect(request().asyncStarted()).andReturn();
		return this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
