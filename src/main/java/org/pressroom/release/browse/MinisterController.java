package org.pressroom.release.browse;

import org.pressroom.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The people releases are about: the list, and each person's roles and releases.
 */
@Controller
class MinisterController {

	private final Browsing browsing;

	MinisterController(Browsing browsing) {
		this.browsing = browsing;
	}

	@GetMapping("/ministers")
	String list(Model model) {
		model.addAttribute("ministers", this.browsing.ministers());
		return "minister/list";
	}

	@GetMapping("/ministers/{slug}")
	String show(@PathVariable String slug, Pageable pageable, Model model) {
		Browsing.MinisterPage page = this.browsing.minister(slug, pageable)
			.orElseThrow(() -> new NotFoundException("minister", slug));
		model.addAttribute("minister", page.minister());
		model.addAttribute("releases", page.releases());
		return "minister/show";
	}

}
