package org.pressroom.ingest.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds countries in a text by name, alias and demonym as written ("United Kingdom", "the UK", "Belgian"): the
 * longest phrase that names a country wins, so "South Korea" is not read as Korea, and "New Mexico" is no Mexico.
 */
public final class CountryFinder {

	/** Country names that are also common first names or places elsewhere; counted only after "of" or "in". */
	private static final Set<String> AMBIGUOUS = Set.of("Jordan", "Georgia", "Chad", "Guinea", "Niger", "Turkey",
			"Jersey", "Man", "Dominica");

	/**
	 * Words that make a country's name part of another place's: "New Mexico", "Central America", "Latin American",
	 * "North American", "Pan-American". A country whose own name starts with one ("North Korea") is read whole first.
	 */
	private static final Set<String> PLACE_BEFORE = Set.of("New", "Latin", "Central", "South", "North", "Pan");

	private CountryFinder() {
	}

	public static Set<Long> find(NameDirectory names, String text) {
		return find(names, text, Words.of(text));
	}

	static Set<Long> find(NameDirectory names, String text, List<Words.Word> words) {
		Set<Long> found = new LinkedHashSet<>();
		occurrences(names, text, words).forEach((occurrence) -> found.add(occurrence.country()));
		return found;
	}

	/** Every place where the text names a country, in the order of the text. */
	static List<Occurrence> occurrences(NameDirectory names, String text, List<Words.Word> words) {
		List<Occurrence> found = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			int end = phraseAt(names, text, words, i);
			if (end > i) {
				String phrase = phrase(text, words, i, end);
				boolean ofAnotherPlace = i > 0 && PLACE_BEFORE.contains(words.get(i - 1).text())
						&& MinisterFinder.joined(text, words, i - 1, i);
				if (!ofAnotherPlace && (!AMBIGUOUS.contains(phrase) || afterPreposition(text, words, i))) {
					found.add(new Occurrence(names.countryByPhrase(phrase), words.get(i).start()));
				}
				i = end - 1;
			}
			else if (words.get(i).text().contains("-")) {
				// "UK-Belgium partnership", not "Pan-American"
				String[] parts = words.get(i).bare().split("-");
				for (int p = 0; p < parts.length; p++) {
					Long country = names.countryByPhrase(parts[p]);
					boolean ofAnotherPlace = p > 0 && PLACE_BEFORE.contains(parts[p - 1]);
					if (country != null && !AMBIGUOUS.contains(parts[p]) && !ofAnotherPlace) {
						found.add(new Occurrence(country, words.get(i).start()));
					}
				}
			}
		}
		return found;
	}

	/**
	 * A country named at a position of a text.
	 */
	record Occurrence(Long country, int start) {
	}

	/** The end (exclusive) of the longest country phrase starting at word {@code i}, or {@code i} if none does. */
	static int phraseAt(NameDirectory names, String text, List<Words.Word> words, int i) {
		if (i >= words.size() || !words.get(i).capitalised() || !names.startsCountryPhrase(words.get(i).bare())) {
			return i;
		}
		int longest = Math.min(names.longestCountryPhrase(), words.size() - i);
		for (int n = longest; n >= 1; n--) {
			if (n > 1 && !MinisterFinder.joined(text, words, i + n - 2, i + n - 1)) {
				continue;
			}
			if (names.countryByPhrase(phrase(text, words, i, i + n)) != null) {
				return i + n;
			}
		}
		return i;
	}

	/** The words from {@code i} to {@code end} (exclusive) as a phrase to look up. */
	static String phrase(String text, List<Words.Word> words, int i, int end) {
		if (end == i + 1) {
			return words.get(i).bare();
		}
		StringBuilder phrase = new StringBuilder();
		for (int w = i; w < end; w++) {
			phrase.append((w > i) ? " " : "").append((w == end - 1) ? words.get(w).bare() : words.get(w).text());
		}
		return phrase.toString();
	}

	private static boolean afterPreposition(String text, List<Words.Word> words, int i) {
		if (i == 0) {
			return false;
		}
		String before = words.get(i - 1).text();
		return (before.equals("of") || before.equals("in") || before.equals("to") || before.equals("and"))
				&& MinisterFinder.joined(text, words, i - 1, i);
	}

}
