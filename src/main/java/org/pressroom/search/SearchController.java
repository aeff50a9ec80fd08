package org.pressroom.search;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: hits with highlighted snippets, facet counts, applied filters and a timeline. A value that
 * cannot be used is named on the page; the search runs without it.
 */
@Controller
class SearchController {

	private final ReleaseSearch search;

	private final MessageSource messages;

	SearchController(ReleaseSearch search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@GetMapping("/search")
	String search(@RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale) {
		SearchParameters request = SearchParameters.of(parameters);
		ReleaseQuery query = request.query();
		SearchResult result = this.search.search(query);
		SearchLinks links = new SearchLinks(query);
		List<String> problems = request.problems()
			.stream()
			.map((problem) -> this.messages.getMessage(problem.code(),
					new Object[] { problem.parameter(), problem.value() }, locale))
			.toList();
		model.addAttribute("query", query);
		model.addAttribute("result", result);
		model.addAttribute("links", links);
		model.addAttribute("applied", links.applied(result.facets()));
		model.addAttribute("facets", Facet.values());
		Timeline timeline = Timeline.of(result.months(), links);
		model.addAttribute("timelineSvg", timeline.bars().isEmpty() ? null : svg(timeline, result.total(), locale));
		model.addAttribute("problems", problems);
		return "search/search";
	}

	private String svg(Timeline timeline, long total, Locale locale) {
		String unit = this.messages.getMessage(timeline.perMonth() ? "search.timeline.month" : "search.timeline.year",
				null, locale);
		String description = this.messages.getMessage("search.timeline.desc", new Object[] { total, unit,
				timeline.firstLabel(), timeline.lastLabel(), timeline.peak().label(), timeline.peak().count() },
				locale);
		return timeline.svg(this.messages.getMessage("search.timeline", null, locale), description,
				this.messages.getMessage("search.timeline.bar", null, locale));
	}

}
