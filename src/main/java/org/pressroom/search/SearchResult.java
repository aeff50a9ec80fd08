package org.pressroom.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of search results with the counts of every facet and the hits per month.
 *
 * @param total how many releases match
 * @param hits this page's hits
 * @param facets the most frequent values of each facet among all matches
 * @param years matches per year, oldest first
 * @param months matches per month ({@code 2022-03}), oldest first
 * @param suggestion a corrected query from the index's own words when this one finds little, or null
 * @param notice what went wrong with the query, if anything, in words for the user; or null
 * @param mostWords whether no release has all the words of the query and these have at least half of them
 * (rounded up)
 */
public record SearchResult(long total, int page, List<Hit> hits, Map<Facet, List<FacetCount>> facets,
		List<FacetCount> years, List<FacetCount> months, String suggestion, String notice, boolean mostWords) {

	/** Deepest page that can be asked for; beyond it, narrowing the search is the better answer. */
	public static final int MAX_PAGE = 499;

	public int size() {
		return ReleaseQuery.PAGE_SIZE;
	}

	public int pages() {
		return (int) Math.min(MAX_PAGE + 1, (this.total + ReleaseQuery.PAGE_SIZE - 1) / ReleaseQuery.PAGE_SIZE);
	}

	/**
	 * A hit: what a result list shows, read from the index. {@code title} and {@code snippet} are HTML in which the
	 * stored text is escaped and only {@code <mark>} is markup.
	 */
	public record Hit(String slug, String title, LocalDate published, String type, String snippet) {
	}

	/** A facet value, its label and how many matches have it. */
	public record FacetCount(String value, String label, long count) {
	}

}
