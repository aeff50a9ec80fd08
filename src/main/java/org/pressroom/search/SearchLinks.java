package org.pressroom.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses of searches next to the current one: with a filter added or removed, another year, an export. Every
 * link starts again at the first page.
 */
public final class SearchLinks {

	private final ReleaseQuery query;

	SearchLinks(ReleaseQuery query) {
		this.query = query;
	}

	/** An applied filter, for the list of removable filters. */
	public record Applied(String parameter, String value, String label, String removeLink) {
	}

	public String with(String parameter, String value) {
		return build("/search", parameter, value, null, null, false);
	}

	public String without(String parameter, String value) {
		return build("/search", null, null, parameter, value, false);
	}

	public String year(String year) {
		int y = Integer.parseInt(year);
		UriComponentsBuilder uri = base("/search", null, null, "from", null);
		uri.replaceQueryParam("from", LocalDate.of(y, 1, 1));
		uri.replaceQueryParam("to", LocalDate.of(y, 12, 31));
		return uri.encode().build().toUriString();
	}

	/** Another page of the same search (0-based). */
	public String page(int page) {
		return base("/search", null, null, null, null).queryParam("page", page).encode().build().toUriString();
	}

	/** The same search in another form: {@code /search.csv}, {@code /search.atom}. */
	public String as(String path) {
		return build(path, null, null, null, null, true);
	}

	private String build(String path, String addParameter, String addValue, String removeParameter,
			String removeValue, boolean keepPage) {
		UriComponentsBuilder uri = base(path, removeParameter, removeValue, null, null);
		if (addParameter != null && !this.query.values(facet(addParameter)).contains(addValue)) {
			uri.queryParam(addParameter, addValue);
		}
		return uri.encode().build().toUriString();
	}

	private UriComponentsBuilder base(String path, String removeParameter, String removeValue, String dropDates,
			Object unused) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		if (this.query.hasText()) {
			uri.queryParam("q", this.query.text());
		}
		for (Facet facet : Facet.values()) {
			for (String value : this.query.values(facet)) {
				if (!(facet.parameter().equals(removeParameter) && value.equals(removeValue))) {
					uri.queryParam(facet.parameter(), value);
				}
			}
		}
		if (dropDates == null) {
			if (this.query.from() != null && !"from".equals(removeParameter)) {
				uri.queryParam("from", this.query.from());
			}
			if (this.query.to() != null && !"to".equals(removeParameter)) {
				uri.queryParam("to", this.query.to());
			}
		}
		if (this.query.newest()) {
			uri.queryParam("sort", "newest");
		}
		return uri;
	}

	private static Facet facet(String parameter) {
		for (Facet facet : Facet.values()) {
			if (facet.parameter().equals(parameter)) {
				return facet;
			}
		}
		return Facet.TYPE;
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
