package org.pressroom.release.browse;

import org.pressroom.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Topics: the list, and each topic's releases.
 */
@Controller
class TopicController {

	private final Browsing browsing;

	TopicController(Browsing browsing) {
		this.browsing = browsing;
	}

	@GetMapping("/topics")
	String list(Model model) {
		model.addAttribute("topics", this.browsing.topics());
		return "topic/list";
	}

	@GetMapping("/topics/{slug}")
	String show(@PathVariable String slug, Pageable pageable, Model model) {
		Browsing.TopicPage page = this.browsing.topic(slug, pageable)
			.orElseThrow(() -> new NotFoundException("topic", slug));
		model.addAttribute("topic", page.topic());
		model.addAttribute("releases", page.releases());
		return "topic/show";
	}

}
