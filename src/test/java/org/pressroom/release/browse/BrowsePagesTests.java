package org.pressroom.release.browse;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages and API of ministers, countries, agreements and topics, on the sample archive.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BrowsePagesTests {

	static final String SEED_LINK = "<a href=\"/releases/meeting-of-the-minister-of-interior-with-the-minister-of-internal-affairs-of-belgium\">";

	@Autowired
	MockMvc mvc;

	@Test
	void ministerPageShowsRolesWithDatesAliasesAndReleases() throws Exception {
		String verlinden = page("/ministers/annelies-verlinden", 200);
		String patel = page("/ministers/priti-patel", 200);

		assertThat(verlinden).contains("<h1>Annelies Verlinden</h1>", "<strong>Minister of the Interior</strong>",
				"since <time datetime=\"2020-10-01\">1 October 2020</time>", "Anelis Verlinden, Verlanden",
				"<a href=\"/countries/be\">Belgium</a>", "Releases (2)", SEED_LINK,
				"<a href=\"/releases/home-secretary-meeting-with-belgium-interior-minister\">");
		assertThat(verlinden.split("<strong>Minister of the Interior</strong>")).hasSize(2);
		assertThat(patel).contains("<strong>Home Secretary</strong>",
				"<time datetime=\"2019-07-24\">24 July 2019</time> to <time datetime=\"2022-09-06\">6 September 2022</time>",
				SEED_LINK);
	}

	@Test
	void ministersListNamesEveryoneWithCountryAndCount() throws Exception {
		String html = page("/ministers", 200);

		assertThat(html).contains("<h1>Ministers</h1>",
				"<td><a href=\"/ministers/annelies-verlinden\">Annelies Verlinden</a></td>\n        <td>Belgium</td>\n        <td>2</td>",
				"<a href=\"/ministers/boris-johnson\">Boris Johnson</a></td>\n        <td>United Kingdom</td>\n        <td>1</td>");
	}

	@Test
	void countryPagesUseLowerCaseCodesAndShowReleasesAndAgreements() throws Exception {
		String belgium = page("/countries/be", 200);

		assertThat(belgium).contains("<h1>Belgium</h1>",
				"<a href=\"/agreements/joint-declaration-on-combating-immigration-crimes\">Joint Declaration on Combating Immigration Crimes</a> <span class=\"muted\">(signed)</span>",
				SEED_LINK);
		this.mvc.perform(get("/countries/BE")).andExpect(status().isFound()).andExpect(header().string("Location", "/countries/be"));
		assertThat(page("/countries/zz", 404)).contains("There is no country with the code “zz”.");
		assertThat(page("/countries/belgium", 404)).contains("<h1>Page not found</h1>");
	}

	@Test
	void countriesListPutsThoseWithReleasesFirst() throws Exception {
		String html = page("/countries", 200);

		assertThat(html.indexOf("<a href=\"/countries/be\">Belgium</a>"))
			.isLessThan(html.indexOf("<h2 id=\"others\">"))
			.isPositive();
		assertThat(html.indexOf("<a href=\"/countries/ad\">Andorra</a>")).isGreaterThan(html.indexOf("<h2 id=\"others\">"));
	}

	@Test
	void agreementPageShowsKindStatusDatesPartiesSignatoriesAndReleases() throws Exception {
		String declaration = page("/agreements/joint-declaration-on-combating-immigration-crimes", 200);
		String lawEnforcement = page("/agreements/uk-belgium-law-enforcement-cooperation-agreement", 200);

		assertThat(declaration).contains("<h1>Joint Declaration on Combating Immigration Crimes</h1>",
				"Signed November 2021", "<dd>joint declaration</dd>", "<dd>signed</dd>",
				"<a href=\"/countries/be\">Belgium</a>", "<a href=\"/countries/gb\">United Kingdom</a>",
				"<a href=\"/ministers/boris-johnson\">Boris Johnson</a>",
				"<a href=\"/ministers/alexander-de-croo\">Alexander De Croo</a>", SEED_LINK);
		assertThat(lawEnforcement).contains("<dd>under negotiation</dd>",
				"<time datetime=\"2022-03-01\">March 2022</time>");
		assertThat(page("/agreements", 200)).contains("<h1>Agreements</h1>", "UK–Belgium Police Cooperation Agreement");
		page("/agreements/no-such-agreement", 404);
	}

	@Test
	void topicPagesListTheirReleases() throws Exception {
		assertThat(page("/topics", 200)).contains("<a href=\"/topics/illegal-migration\">Illegal migration</a>");
		assertThat(page("/topics/illegal-migration", 200)).contains("<h1>Illegal migration</h1>", SEED_LINK);
		assertThat(page("/topics/nothing-here", 404)).contains("There is no topic called “nothing-here”.");
		assertThat(page("/ministers/nobody", 404)).contains("There is no minister called “nobody”.");
	}

	@Test
	void apiShowsMinisterCountryAndAgreement() throws Exception {
		this.mvc.perform(get("/api/ministers/annelies-verlinden"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Annelies Verlinden"))
			.andExpect(jsonPath("$.country.code").value("be"))
			.andExpect(jsonPath("$.aliases", contains("Anelis Verlinden", "Verlanden")))
			.andExpect(jsonPath("$.roles", hasSize(1)))
			.andExpect(jsonPath("$.roles[0].title").value("Minister of the Interior"))
			.andExpect(jsonPath("$.roles[0].from").value("2020-10-01"))
			.andExpect(jsonPath("$.releases.total").value(2))
			.andExpect(jsonPath("$.releases.items[*].title").value(containsInAnyOrder(
					"Meeting of the Minister of Interior with the Minister of Internal Affairs of Belgium",
					"Home Secretary meeting with Belgium Interior Minister")));
		this.mvc.perform(get("/api/countries/be"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("be"))
			.andExpect(jsonPath("$.name").value("Belgium"))
			.andExpect(jsonPath("$.agreements", hasSize(3)))
			.andExpect(jsonPath("$.releases.items[*].slug").value(org.hamcrest.Matchers.hasItem(
					"meeting-of-the-minister-of-interior-with-the-minister-of-internal-affairs-of-belgium")));
		this.mvc.perform(get("/api/agreements/joint-declaration-on-combating-immigration-crimes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("JOINT_DECLARATION"))
			.andExpect(jsonPath("$.status").value("SIGNED"))
			.andExpect(jsonPath("$.signed").value("November 2021"))
			.andExpect(jsonPath("$.parties[*].code", contains("be", "gb")))
			.andExpect(jsonPath("$.signatories[*].slug", contains("alexander-de-croo", "boris-johnson")));
	}

	@Test
	void apiAnswersUnknownKeysWithJsonNotFound() throws Exception {
		for (String url : new String[] { "/api/ministers/nobody", "/api/countries/zz", "/api/countries/xyz",
				"/api/agreements/none" }) {
			this.mvc.perform(get(url))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.status").value(404))
				.andExpect(jsonPath("$.error").value("Not Found"))
				.andExpect(jsonPath("$.message").isString());
		}
	}

	private String page(String url, int status) throws Exception {
		MvcResult result = this.mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
