package org.pressroom.admin.account;

import org.junit.jupiter.api.Test;

import org.pressroom.admin.AdminTestContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = AdminTestContext.ISOLATED)
@AutoConfigureMockMvc
class AccountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AdminAccounts accounts;

	@Test
	void anAdminAddsAnotherWhoCanThenSignIn() throws Exception {
		this.mvc
			.perform(post("/admin/accounts").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("username", "second.admin")
				.param("password", "a long enough password")
				.param("passwordAgain", "a long enough password"))
			.andExpect(status().isFound());

		this.mvc.perform(formLogin().user("second.admin").password("a long enough password"))
			.andExpect(authenticated().withUsername("second.admin"));
		this.mvc.perform(get("/admin/accounts").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("second.admin")));
		this.mvc.perform(get("/admin/audit").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("admin account second.admin")));
	}

	@Test
	void refusesATakenNameAShortPasswordAndDifferingConfirmation() throws Exception {
		this.mvc
			.perform(post("/admin/accounts").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("username", "admin")
				.param("password", "short")
				.param("passwordAgain", "short"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("newAdmin", "username", "account.username.taken"))
			.andExpect(model().attributeHasFieldErrorCode("newAdmin", "password", "Size"))
			.andExpect(content().string(containsString("This name is taken.")));

		this.mvc
			.perform(post("/admin/accounts").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("username", "third")
				.param("password", "a long enough password")
				.param("passwordAgain", "another long password"))
			.andExpect(model().attributeHasFieldErrorCode("newAdmin", "passwordAgain",
					"account.confirmation.different"));
	}

	@Test
	void changingOnesPasswordNeedsTheCurrentOne() throws Exception {
		this.accounts.create("changer", "the first password");

		this.mvc
			.perform(post("/admin/accounts/password").with(user("changer").roles("ADMIN"))
				.with(csrf())
				.param("currentPassword", "not the password")
				.param("newPassword", "the second password")
				.param("newPasswordAgain", "the second password"))
			.andExpect(model().attributeHasFieldErrorCode("password", "currentPassword", "account.password.wrong"));
		this.mvc
			.perform(post("/admin/accounts/password").with(user("changer").roles("ADMIN"))
				.with(csrf())
				.param("currentPassword", "the first password")
				.param("newPassword", "the second password")
				.param("newPasswordAgain", "the second password"))
			.andExpect(status().isFound());

		this.mvc.perform(formLogin().user("changer").password("the first password")).andExpect(unauthenticated());
		this.mvc.perform(formLogin().user("changer").password("the second password")).andExpect(authenticated());
	}

	@Test
	void storesPasswordsAsDelegatingEncoderHashes() {
		this.accounts.create("hashed", "a password to hash");

		org.assertj.core.api.Assertions.assertThat(this.accounts.loadUserByUsername("hashed").getPassword())
			.startsWith("{bcrypt}$2a$")
			.doesNotContain("a password to hash");
	}

}
