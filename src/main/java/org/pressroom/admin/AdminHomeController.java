package org.pressroom.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin side's front door, where signing in leads: the release dashboard.
 */
@Controller
class AdminHomeController {

	@GetMapping("/admin")
	String home() {
		return "redirect:/admin/releases";
	}

}
