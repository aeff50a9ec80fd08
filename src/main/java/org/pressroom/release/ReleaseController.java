package org.pressroom.release;

import org.pressroom.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The list of all published releases, newest first, and the page of each.
 */
@Controller
class ReleaseController {

	private final ReleaseService releases;

	ReleaseController(ReleaseService releases) {
		this.releases = releases;
	}

	@GetMapping("/releases")
	String list(Pageable pageable, Model model) {
		model.addAttribute("releases", this.releases.latest(pageable));
		return "release/list";
	}

	@GetMapping("/releases/{slug}")
	String show(@PathVariable String slug, Model model) {
		ReleaseService.ReleasePage page = this.releases.findPage(slug)
			.orElseThrow(() -> new NotFoundException("release", slug));
		model.addAttribute("release", page.release());
		model.addAttribute("related", page.related());
		return "release/show";
	}

}
