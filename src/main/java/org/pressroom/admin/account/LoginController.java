package org.pressroom.admin.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Spring Security handles the form's POST; failures come back here with {@code ?error} or
 * {@code ?locked}.
 */
@Controller
class LoginController {

	private final AdminAccounts accounts;

	LoginController(AdminAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("lockoutMinutes", this.accounts.lockoutMinutes());
		return "admin/login";
	}

}
