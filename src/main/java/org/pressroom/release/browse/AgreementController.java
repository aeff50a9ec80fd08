package org.pressroom.release.browse;

import org.pressroom.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Agreements between countries: the list, and each one's parties, status, dates and releases.
 */
@Controller
class AgreementController {

	private final Browsing browsing;

	AgreementController(Browsing browsing) {
		this.browsing = browsing;
	}

	@GetMapping("/agreements")
	String list(Model model) {
		model.addAttribute("agreements", this.browsing.agreements());
		return "agreement/list";
	}

	@GetMapping("/agreements/{slug}")
	String show(@PathVariable String slug, Pageable pageable, Model model) {
		Browsing.AgreementPage page = this.browsing.agreement(slug, pageable)
			.orElseThrow(() -> new NotFoundException("agreement", slug));
		model.addAttribute("agreement", page.agreement());
		model.addAttribute("releases", page.releases());
		return "agreement/show";
	}

}
