package org.pressroom.admin.account;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins: who they are, adding one, and changing one's own password.
 */
@Controller
class AccountController {

	private static final String VIEW = "admin/accounts";

	private final AdminAccounts accounts;

	AccountController(AdminAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("newAdmin", NewAdminForm.blank());
		model.addAttribute("password", PasswordForm.blank());
		return show(model);
	}

	@PostMapping("/admin/accounts")
	String add(@Valid @ModelAttribute("newAdmin") NewAdminForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("username") && this.accounts.exists(form.username())) {
			result.rejectValue("username", "account.username.taken");
		}
		if (!result.hasFieldErrors("password") && !form.password().equals(form.passwordAgain())) {
			result.rejectValue("passwordAgain", "account.confirmation.different");
		}
		if (result.hasErrors()) {
			model.addAttribute("password", PasswordForm.blank());
			return show(model);
		}
		this.accounts.create(form.username(), form.password());
		redirect.addFlashAttribute("message", "account.added");
		redirect.addFlashAttribute("added", form.username());
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/password")
	String changePassword(@Valid @ModelAttribute("password") PasswordForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("currentPassword")
				&& !this.accounts.passwordMatches(principal.getName(), form.currentPassword())) {
			result.rejectValue("currentPassword", "account.password.wrong");
		}
		if (!result.hasFieldErrors("newPassword") && !form.newPassword().equals(form.newPasswordAgain())) {
			result.rejectValue("newPasswordAgain", "account.confirmation.different");
		}
		if (result.hasErrors()) {
			model.addAttribute("newAdmin", NewAdminForm.blank());
			return show(model);
		}
		this.accounts.changePassword(principal.getName(), form.newPassword());
		redirect.addFlashAttribute("message", "account.passwordChanged");
		return "redirect:/admin/accounts";
	}

	private String show(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		return VIEW;
	}

}
