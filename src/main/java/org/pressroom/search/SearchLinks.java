package org.pressroom.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.springframework.web.util.UriUtils;

/**
 * Addresses of searches next to the current one: with a filter added or removed, another year, another page, an
 * export. Every link but a page link starts again at the first page. The current search's parameters are encoded
 * once; a results page holds a hundred such links.
 */
public final class SearchLinks {

	private final ReleaseQuery query;

	/** The current search's parameters, encoded, without its page. */
	private final String parameters;

	/** The same without the date range. */
	private final String parametersWithoutDates;

	SearchLinks(ReleaseQuery query) {
		this.query = query;
		this.parameters = parameters(null, null, true);
		this.parametersWithoutDates = parameters(null, null, false);
	}

	/** An applied filter, for the list of removable filters. */
	public record Applied(String parameter, String value, String label, String removeLink) {
	}

	public String with(String parameter, String value) {
		Facet facet = Facet.of(parameter);
		if (facet != null && this.query.values(facet).contains(value)) {
			return url("/search", this.parameters);
		}
		return url("/search", join(this.parameters, parameter + "=" + encode(value)));
	}

	public String without(String parameter, String value) {
		return url("/search", parameters(parameter, value, true));
	}

	public String year(String year) {
		int y = Integer.parseInt(year);
		return url("/search",
				join(this.parametersWithoutDates, "from=" + LocalDate.of(y, 1, 1) + "&to=" + LocalDate.of(y, 12, 31)));
	}

	/** Another page of the same search (0-based). */
	public String page(int page) {
		return url("/search", join(this.parameters, "page=" + page));
	}

	/** The same search in another form: {@code /search.csv}, {@code /search.atom}. */
	public String as(String path) {
		return url(path, this.parameters);
	}

	private String parameters(String removeParameter, String removeValue, boolean withDates) {
		StringJoiner parameters = new StringJoiner("&");
		if (this.query.hasText()) {
			parameters.add("q=" + encode(this.query.text()));
		}
		for (Facet facet : Facet.values()) {
			for (String value : this.query.values(facet)) {
				if (!(facet.parameter().equals(removeParameter) && value.equals(removeValue))) {
					parameters.add(facet.parameter() + "=" + encode(value));
				}
			}
		}
		if (withDates && this.query.from() != null && !"from".equals(removeParameter)) {
			parameters.add("from=" + this.query.from());
		}
		if (withDates && this.query.to() != null && !"to".equals(removeParameter)) {
			parameters.add("to=" + this.query.to());
		}
		if (this.query.newest()) {
			parameters.add("sort=newest");
		}
		return parameters.toString();
	}

	private static String join(String parameters, String more) {
		return parameters.isEmpty() ? more : parameters + "&" + more;
	}

	private static String url(String path, String parameters) {
		return parameters.isEmpty() ? path : path + "?" + parameters;
	}

	private static String encode(String value) {
		return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
	}

	/** The filters of the current search with their labels (from the facet counts where known). */
	List<Applied> applied(Map<Facet, List<SearchResult.FacetCount>> facets) {
		List<Applied> applied = new ArrayList<>();
		for (Facet facet : Facet.values()) {
			for (String value : this.query.values(facet)) {
				String label = facets.getOrDefault(facet, List.of())
					.stream()
					.filter((count) -> count.value().equalsIgnoreCase(value))
					.map(SearchResult.FacetCount::label)
					.findFirst()
					.orElse(value);
				applied.add(new Applied(facet.parameter(), value, label, without(facet.parameter(), value)));
			}
		}
		if (this.query.from() != null) {
			applied.add(new Applied("from", this.query.from().toString(), this.query.from().toString(),
					without("from", null)));
		}
		if (this.query.to() != null) {
			applied.add(new Applied("to", this.query.to().toString(), this.query.to().toString(),
					without("to", null)));
		}
		return applied;
	}

}
