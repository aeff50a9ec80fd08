package org.pressroom.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pressroom.BadRequestException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/search}: the search page's results as JSON. A value that cannot be used answers 400.
 */
@RestController
class SearchApiController {

	private final ReleaseSearch search;

	SearchApiController(ReleaseSearch search) {
		this.search = search;
	}

	/**
	 * The JSON of a search: total, page, size, hits, facets (and per year), a spelling suggestion, and whether no
	 * release has all the words and the hits have at least half of them.
	 */
	record SearchJson(long total, int page, int size, List<HitJson> hits,
			Map<String, List<SearchResult.FacetCount>> facets, String suggestion, String notice,
			boolean mostWords) {
	}

	record HitJson(String slug, String title, LocalDate published, String type, String snippet, String url) {
	}

	@GetMapping("/api/search")
	SearchJson search(@RequestParam MultiValueMap<String, String> parameters) {
		SearchParameters request = SearchParameters.of(parameters);
		if (!request.problems().isEmpty()) {
			SearchParameters.Problem problem = request.problems().get(0);
			throw new BadRequestException(problem.code(), problem.parameter(), problem.value());
		}
		SearchResult result = this.search.search(request.query());
		Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
		result.facets().forEach((facet, counts) -> facets.put(facet.parameter(), counts));
		facets.put("year", result.years());
		List<HitJson> hits = result.hits()
			.stream()
			.map((hit) -> new HitJson(hit.slug(), hit.title(), hit.published(), hit.type(), hit.snippet(),
					"/releases/" + hit.slug()))
			.toList();
		return new SearchJson(result.total(), result.page(), result.size(), hits, facets, result.suggestion(),
				result.notice(), result.mostWords());
	}

}
