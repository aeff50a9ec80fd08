package org.pressroom.ingest.link;

import java.util.List;
import java.util.Set;

/**
 * What can be read from a release's text before knowing which ministers and agreements the archive holds: its words,
 * where its lead ends, the people it names after a title, where it names countries, the agreements it names (with the countries named in
 * the same paragraph) and its quotes. Made on the import's reading thread, so that this work overlaps with storing
 * the batch before; it reads only the directory's countries, which an import never changes.
 *
 * @param text the title, a blank line and the body, as the finders read it
 */
public record TextAnalysis(String text, List<Words.Word> words, int leadEnd, List<MinisterFinder.Mention> titled,
		List<CountryFinder.Occurrence> countryMentions, List<AgreementFinder.Found> agreements,
		List<Set<Long>> agreementCountries, List<QuoteFinder.Found> quotes) {

	public static TextAnalysis of(String title, String body, NameDirectory names) {
		String text = title + "\n\n" + body;
		List<Words.Word> words = Words.of(text);
		List<AgreementFinder.Found> agreements = AgreementFinder.find(text);
		return new TextAnalysis(text, words, CountrySalience.leadEnd(text, title.length() + 2),
				new MinisterFinder(names).titled(text, words), CountryFinder.occurrences(names, text, words),
				agreements, agreements.stream().map((found) -> CountryFinder.find(names, found.paragraph())).toList(),
				QuoteFinder.find(text));
	}

}
