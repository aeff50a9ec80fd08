package org.pressroom.ingest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quotes the importer attributes in the sample archive's seed release, as readers find them: in the API and by
 * the {@code speaker} filter of search.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuoteSearchTests {

	static final String SEED = "meeting-of-the-minister-of-interior-with-the-minister-of-internal-affairs-of-belgium";

	@Autowired
	MockMvc mvc;

	@Test
	void seedReleaseCarriesItsQuotesInTheApi() throws Exception {
		this.mvc.perform(get("/api/releases/" + SEED))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quotes.length()").value(2))
			.andExpect(jsonPath("$.quotes[0].speaker").value("Priti Patel"))
			.andExpect(jsonPath("$.quotes[0].text").value(containsString("countries must work together")))
			.andExpect(jsonPath("$.quotes[1].speaker").value("Annelies Verlinden"))
			.andExpect(jsonPath("$.quotes[1].text").value(containsString("police cooperation agreement")));
	}

	@Test
	void findsTheSeedReleaseByItsSpeakers() throws Exception {
		this.mvc.perform(get("/api/search").param("speaker", "priti-patel"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[*].slug", hasItem(SEED)));
		this.mvc.perform(get("/api/search").param("speaker", "annelies-verlinden"))
			.andExpect(jsonPath("$.hits[*].slug", hasItem(SEED)));
		this.mvc.perform(get("/search").param("speaker", "priti-patel"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/releases/" + SEED)));
	}

	@Test
	void doesNotFindTheSeedReleaseByAPersonItNamesWhoIsNotQuoted() throws Exception {
		this.mvc.perform(get("/api/search").param("speaker", "boris-johnson"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[*].slug", not(hasItem(SEED))));
		this.mvc.perform(get("/api/search").param("q", "Boris Johnson"))
			.andExpect(jsonPath("$.hits[*].slug", hasItem(SEED)));
	}

}
