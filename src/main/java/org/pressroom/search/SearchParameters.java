package org.pressroom.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * Reads a search from request parameters ({@code q}, one per facet, {@code from}, {@code to}, {@code sort},
 * {@code page}). A value that cannot be used is left out of the search and named in {@link #problems()}: the page
 * shows them beside the results, the API answers 400.
 */
final class SearchParameters {

	private final ReleaseQuery query;

	private final List<Problem> problems;

	private SearchParameters(ReleaseQuery query, List<Problem> problems) {
		this.query = query;
		this.problems = problems;
	}

	/** A value that was left out: the parameter, what was given and the message code saying why. */
	record Problem(String parameter, String value, String code) {
	}

	static SearchParameters of(MultiValueMap<String, String> parameters) {
		List<Problem> problems = new ArrayList<>();
		Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			List<String> values = parameters.getOrDefault(facet.parameter(), List.of())
				.stream()
				.filter((value) -> value != null && !value.isBlank())
				.map(String::strip)
				.distinct()
				.toList();
			if (!values.isEmpty()) {
				filters.put(facet, values);
			}
		}
		LocalDate from = date(parameters, "from", problems);
		LocalDate to = date(parameters, "to", problems);
		if (from != null && to != null && from.isAfter(to)) {
			problems.add(new Problem("to", to.toString(), "search.problem.range"));
			to = null;
		}
		String sort = parameters.getFirst("sort");
		boolean newest = "newest".equals(sort);
		if (sort != null && !sort.isBlank() && !newest && !"relevance".equals(sort)) {
			problems.add(new Problem("sort", sort, "search.problem.sort"));
		}
		int page = 0;
		String pageText = parameters.getFirst("page");
		if (pageText != null && !pageText.isBlank()) {
			try {
				page = Integer.parseInt(pageText.strip());
				if (page < 0 || page > SearchResult.MAX_PAGE) {
					problems.add(new Problem("page", pageText, "search.problem.page"));
					page = Math.max(0, Math.min(page, SearchResult.MAX_PAGE));
				}
			}
			catch (NumberFormatException ex) {
				problems.add(new Problem("page", pageText, "search.problem.page"));
			}
		}
		ReleaseQuery query = new ReleaseQuery(parameters.getFirst("q"), filters, from, to, newest, page);
		return new SearchParameters(query, List.copyOf(problems));
	}

	private static LocalDate date(MultiValueMap<String, String> parameters, String name, List<Problem> problems) {
		String text = parameters.getFirst(name);
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem(name, text, "search.problem.date"));
			return null;
		}
	}

	ReleaseQuery query() {
		return this.query;
	}

	List<Problem> problems() {
		return this.problems;
	}

}
