package org.pressroom.release;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the latest releases, the search box, and ways in by minister, country, agreement and topic.
 */
@Controller
class HomeController {

	static final int LATEST = 10;

	static final int ENTRY_POINTS = 8;

	private final ReleaseService releases;

	HomeController(ReleaseService releases) {
		this.releases = releases;
	}

	@GetMapping("/")
	String show(Model model) {
		model.addAttribute("latest", this.releases.latest(PageRequest.of(0, LATEST)));
		model.addAttribute("entryPoints", this.releases.entryPoints(ENTRY_POINTS));
		return "release/home";
	}

}
