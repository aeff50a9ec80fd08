package org.pressroom.release;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The read-only JSON API of releases, on the sample archive.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReleaseApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReleaseRepository releases;

	@Test
	void listsReleasesAsItemsPageSizeAndTotal() throws Exception {
		long total = this.releases.findPublished(Pageable.ofSize(1)).getTotalElements();

		this.mvc.perform(get("/api/releases?page=1&size=5"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.items", hasSize(5)))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.total").value(total))
			.andExpect(jsonPath("$.items[0].slug").isString())
			.andExpect(jsonPath("$.items[0].title").isString())
			.andExpect(jsonPath("$.items[0].published").isString());
	}

	@Test
	void clampsBadPageParameters() throws Exception {
		this.mvc.perform(get("/api/releases?page=x&size=-1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.items", hasSize(20)));
		this.mvc.perform(get("/api/releases?size=5000"))
			.andExpect(jsonPath("$.size").value(100))
			.andExpect(jsonPath("$.items", hasSize(100)));
	}

	@Test
	void showsTheSeedReleaseWithEverythingItLinksTo() throws Exception {
		this.mvc.perform(get("/api/releases/" + ReleasePagesTests.SEED))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slug").value(ReleasePagesTests.SEED))
			.andExpect(jsonPath("$.title")
				.value("Meeting of the Minister of Interior with the Minister of Internal Affairs of Belgium"))
			.andExpect(jsonPath("$.published").value("2022-03-01"))
			.andExpect(jsonPath("$.summary").value(containsString("Priti Patel met Annelies Verlinden")))
			.andExpect(jsonPath("$.body").value(containsString("Anelis Verlinden said.\n\n")))
			.andExpect(jsonPath("$.bodyHtml").value(containsString("<p>The Minister of Internal Affairs Anelis Verlinden said.</p>")))
			.andExpect(jsonPath("$.issuer").value("Home Office"))
			.andExpect(jsonPath("$.type").value("news story"))
			.andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.sourceUrl").isEmpty())
			.andExpect(jsonPath("$.licence").value(containsString("Open Government Licence v3.0")))
			.andExpect(jsonPath("$.ministers[*].slug").value(org.hamcrest.Matchers.contains("alexander-de-croo",
					"annelies-verlinden", "boris-johnson", "priti-patel")))
			.andExpect(jsonPath("$.ministers[3].name").value("Priti Patel"))
			.andExpect(jsonPath("$.countries[*].code").value(org.hamcrest.Matchers.contains("be", "fr", "ru", "ua", "gb")))
			.andExpect(jsonPath("$.countries[0].name").value("Belgium"))
			.andExpect(jsonPath("$.agreements", hasSize(3)))
			.andExpect(jsonPath("$.agreements[0].slug").value("joint-declaration-on-combating-immigration-crimes"))
			.andExpect(jsonPath("$.agreements[0].title").value("Joint Declaration on Combating Immigration Crimes"))
			.andExpect(jsonPath("$.agreements[0].status").value("SIGNED"))
			.andExpect(jsonPath("$.topics[*].slug").value(org.hamcrest.Matchers.hasItems("illegal-migration", "organised-crime", "drug-trafficking")))
			.andExpect(jsonPath("$.quotes").isArray());
	}

	@Test
	void unknownReleaseIsAJsonNotFound() throws Exception {
		this.mvc.perform(get("/api/releases/no-such-release"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.error").value("Not Found"))
			.andExpect(jsonPath("$.message").value("There is no release called “no-such-release”."))
			.andExpect(content().string(not(containsString("Exception"))));
	}

}
