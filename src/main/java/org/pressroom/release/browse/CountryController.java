package org.pressroom.release.browse;

import java.util.Locale;

import org.pressroom.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Countries: those with releases and all the others, and each country's releases and agreements. Addresses use
 * the lower-case ISO code ({@code /countries/be}); an upper-case one is redirected there.
 */
@Controller
class CountryController {

	private final Browsing browsing;

	CountryController(Browsing browsing) {
		this.browsing = browsing;
	}

	@GetMapping("/countries")
	String list(Model model) {
		model.addAttribute("countries", this.browsing.countries());
		return "country/list";
	}

	@GetMapping("/countries/{code}")
	String show(@PathVariable String code, Pageable pageable, Model model) {
		if (!code.matches("[A-Za-z]{2}")) {
			throw new NotFoundException("country", code);
		}
		String lowerCase = code.toLowerCase(Locale.ROOT);
		if (!lowerCase.equals(code)) {
			return "redirect:/countries/" + lowerCase;
		}
		Browsing.CountryPage page = this.browsing.country(code, pageable)
			.orElseThrow(() -> new NotFoundException("country", code));
		model.addAttribute("country", page.country());
		model.addAttribute("aliases", page.aliases());
		model.addAttribute("agreements", page.agreements());
		model.addAttribute("releases", page.releases());
		return "country/show";
	}

}
