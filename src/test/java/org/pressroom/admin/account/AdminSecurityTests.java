package org.pressroom.admin.account;

import org.junit.jupiter.api.Test;

import org.pressroom.admin.audit.AuditLog;
import org.pressroom.admin.AdminTestContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = AdminTestContext.ISOLATED)
@AutoConfigureMockMvc
class AdminSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AdminAccounts accounts;

	@Autowired
	AuditLog auditLog;

	@Test
	void anonymousVisitorOfAdminIsSentToTheSignInPage() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/releases/new"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));

		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"password\"")));
	}

	@Test
	void publicRoutesStayOpen() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/login")).andExpect(status().isOk());
	}

	@Test
	void signsInWithTheFirstAdminGettingANewSessionId() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();

		MvcResult result = this.mvc
			.perform(post("/login").session(session)
				.param("username", "admin")
				.param("password", "test-admin-password")
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin"))
			.andExpect(authenticated().withUsername("admin").withRoles("ADMIN"))
			.andReturn();

		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
		assertThat(this.auditLog.latest(PageRequest.of(0, 50)))
			.anyMatch((entry) -> entry.getAction().equals(AuditLog.SIGN_IN) && entry.getActor().equals("admin"));
	}

	@Test
	void refusesAPostWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/login").param("username", "admin").param("password", "test-admin-password"))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void locksAnAccountAfterFiveFailedSignIns() throws Exception {
		this.accounts.create("locksmith", "the right password");

		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(formLogin().user("locksmith").password("wrong " + attempt))
				.andExpect(redirectedUrl("/login?error"))
				.andExpect(unauthenticated());
		}
		this.mvc.perform(formLogin().user("locksmith").password("the right password"))
			.andExpect(redirectedUrl("/login?locked"))
			.andExpect(unauthenticated());

		this.mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("This account is locked after too many failed sign-ins. Try again in 15 minutes.")));
		assertThat(this.auditLog.latest(PageRequest.of(0, 50)))
			.anyMatch((entry) -> entry.getAction().equals(AuditLog.LOCKED)
					&& entry.getTarget().startsWith("admin account locksmith"));
	}

	@Test
	void aSuccessfulSignInClearsEarlierFailures() throws Exception {
		this.accounts.create("forgetful", "the right password");
		for (int attempt = 1; attempt <= 4; attempt++) {
			this.mvc.perform(formLogin().user("forgetful").password("wrong")).andExpect(unauthenticated());
		}

		this.mvc.perform(formLogin().user("forgetful").password("the right password")).andExpect(authenticated());
		this.mvc.perform(formLogin().user("forgetful").password("wrong")).andExpect(unauthenticated());

		this.mvc.perform(formLogin().user("forgetful").password("the right password")).andExpect(authenticated());
	}

	@Test
	void writeApiAnswers401WithAJsonBodyWithoutOrWithWrongCredentials() throws Exception {
		this.mvc.perform(post("/api/admin/import").contentType("application/x-ndjson").content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.error").value("Unauthorized"))
			.andExpect(jsonPath("$.message").isNotEmpty());

		this.mvc
			.perform(post("/api/admin/import").with(httpBasic("admin", "not the password"))
				.contentType("application/x-ndjson")
				.content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void writeApiAcceptsAnAdminsBasicCredentialsWithoutCsrfToken() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/api/admin/nothing-here").with(httpBasic("admin", "test-admin-password")))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isNotIn(401, 403);
	}

}
