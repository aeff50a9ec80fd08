package org.pressroom.ingest.link;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the countries a text names it is about. A readout of a call with Japan's Prime Minister that mentions in
 * passing "shared priorities, including China, Iran and Russia" is about Japan, not about those three; passing
 * mentions stay searchable in the body but are not linked as the release's countries. A country counts when the
 * text names it
 * <ul>
 * <li>in its title, or in its lead before the lead turns to what was discussed: the body's first sentence up to
 * "about", "regarding", "concerning", "including", "such as", "to discuss", "discussed" or "to address" (the lead
 * says who met whom and where: "spoke today with Prime Minister Suga of Japan to discuss … North Korea, China");</li>
 * <li>as the country of a person it names with a title ("Prime Minister Kishida of Japan", "Belgian Prime
 * Minister");</li>
 * <li>in a quoted statement of a speaker: what a minister says on the record about a country ("our governments are
 * disgusted with Russia’s invasion of Ukraine") is the release's own position, not background.</li>
 * </ul>
 * How often a text names a country is no sign by itself: readouts name the topic of a call ("Afghanistan",
 * "Ukraine") more often than the counterpart.
 */
public final class CountrySalience {

	/** Where a lead turns from who met whom to what they discussed. */
	private static final Pattern SUBJECT = Pattern
		.compile("\\b(?:about|regarding|concerning|including|such as|to discuss|discussed|to address)\\b");

	/** Words with a full stop that does not end a sentence. */
	private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Lt",
			"Col", "Sen", "Rep", "Gov", "Hon", "Rt", "Prof", "No", "Messrs", "Sgt", "Capt", "Adm", "Maj", "Cmdr", "Amb",
			"Inc", "Ltd", "Co", "Corp", "vs", "etc", "approx");

	private CountrySalience() {
	}

	/** The countries the analysed text is about, in the order it names them. */
	static Set<Long> of(TextAnalysis analysis, Set<Long> countriesOfPeople) {
		Set<Long> salient = new LinkedHashSet<>();
		for (CountryFinder.Occurrence mention : analysis.countryMentions()) {
			if (mention.start() < analysis.leadEnd() || countriesOfPeople.contains(mention.country())
					|| inQuote(mention.start(), analysis.quotes())) {
				salient.add(mention.country());
			}
		}
		salient.addAll(countriesOfPeople);
		return salient;
	}

	private static boolean inQuote(int position, List<QuoteFinder.Found> quotes) {
		return quotes.stream().anyMatch((quote) -> position >= quote.start() && position < quote.end());
	}

	/**
	 * Where the lead of a body that starts at {@code bodyStart} ends: after its first sentence (or its first
	 * paragraph if that ends sooner), or sooner where it turns to what was discussed. Markdown headings before it
	 * are skipped.
	 */
	static int leadEnd(String text, int bodyStart) {
		int start = skipBlanks(text, bodyStart);
		while (start < text.length() && text.charAt(start) == '#') {
			start = skipBlanks(text, paragraphEnd(text, start));
		}
		int end = paragraphEnd(text, start);
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i, end)) {
				end = i + 1;
				break;
			}
		}
		Matcher subject = SUBJECT.matcher(text).region(start, end);
		return subject.find() ? subject.start() : end;
	}

	private static int paragraphEnd(String text, int start) {
		int end = text.indexOf("\n\n", start);
		return (end < 0) ? text.length() : end;
	}

	private static int skipBlanks(String text, int i) {
		// no-break spaces too: sources put them after full stops
		while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
			i++;
		}
		return i;
	}

	/** Whether the mark at {@code i} ends a sentence: a capital follows, and it is no initial or abbreviation. */
	private static boolean endsSentence(String text, int i, int end) {
		int next = i + 1;
		while (next < end && "”\"’')".indexOf(text.charAt(next)) >= 0) {
			next++;
		}
		int after = skipBlanks(text, next);
		if (after == next || after >= end
				|| !(Character.isUpperCase(text.charAt(after)) || "“\"‘".indexOf(text.charAt(after)) >= 0)) {
			return false;
		}
		if (text.charAt(i) != '.') {
			return true;
		}
		int word = i;
		while (word > 0 && (Character.isLetter(text.charAt(word - 1)) || text.charAt(word - 1) == '.')) {
			word--;
		}
		String before = text.substring(word, i);
		// "R." in "Joseph R. Biden", "U.S." and "D.C.", "Jr."
		return before.length() > 1 && before.indexOf('.') < 0 && !ABBREVIATIONS.contains(before);
	}

}
