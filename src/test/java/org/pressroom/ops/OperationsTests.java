package org.pressroom.ops;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What operations see: health with the database and the search backend, probes for orchestrators, metrics for
 * admins only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void healthReportsDatabaseAndSearchIndex() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.search.status").value("UP"));
	}

	@Test
	void livenessAndReadinessGroupsAnswer() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));

		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.search.status").value("UP"));
	}

	@Test
	void metricsNeedAnAdmin() throws Exception {
		this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));

		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "wrong password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void adminReadsRequestLatencyAndSearchTimingsInPrometheusFormat() throws Exception {
		this.mvc.perform(get("/releases")).andExpect(status().isOk());
		this.mvc.perform(get("/search").param("q", "police cooperation")).andExpect(status().isOk());

		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "test-admin-password")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("# TYPE http_server_requests_seconds histogram")))
			.andExpect(content().string(containsString("uri=\"/releases\"")))
			.andExpect(content().string(containsString("# TYPE pressroom_search_seconds histogram")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*\npressroom_search_seconds_count(\\{[^}]*\\})? [1-9].*")));
	}

}
