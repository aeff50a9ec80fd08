package org.pressroom.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One search as a person asked for it: words, filters (all must match), a date range, an order and a page.
 *
 * @param text what was typed, possibly empty
 * @param filters values per facet; several values of one facet must all match
 * @param from first day, inclusive, or null
 * @param to last day, inclusive, or null
 * @param newest newest first instead of most relevant first
 * @param page from 0
 */
public record ReleaseQuery(String text, Map<Facet, List<String>> filters, LocalDate from, LocalDate to,
		boolean newest, int page) {

	public static final int PAGE_SIZE = 20;

	public ReleaseQuery {
		text = (text != null) ? text : "";
		filters = Map.copyOf(filters);
		page = Math.max(0, page);
	}

	public List<String> values(Facet facet) {
		return this.filters.getOrDefault(facet, List.of());
	}

	public boolean hasText() {
		return !this.text.isBlank();
	}

}
