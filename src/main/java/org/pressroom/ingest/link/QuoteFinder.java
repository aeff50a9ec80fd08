package org.pressroom.ingest.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotes: a paragraph that only says who speaks ("Interior Minister Priti Patel said." or "X said:")
 * attributes the paragraphs after it to that person, up to the next such line. The first paragraph after it is
 * always quoted; further ones while they speak in the first person ("I", "we", "our") or stand in quotation marks,
 * since scraped releases go back to narrative ("The meeting was also an opportunity…") without saying so.
 */
public final class QuoteFinder {

	private static final Pattern ATTRIBUTION = Pattern
		.compile("^(.{3,160}?),?\\s+(?:said|says|added|commented|stated|explained|noted)\\s*[.:]?$");

	private static final Pattern FIRST_PERSON = Pattern
		.compile("(?i)(?<![\\p{L}’'])(?:I|I’m|I'm|I’ve|I've|we|we’re|we're|we’ve|we've|our|ours|us|my|me)(?![\\p{L}’'])");

	private static final Pattern QUOTED = Pattern.compile("^[“\"‘]");

	private static final Pattern END_OF_QUOTES = Pattern.compile("(?i)^(?:#|notes to editors|ends\\b|background\\b)");

	private static final Pattern HAS_NAME = Pattern.compile("\\p{Lu}\\p{Ll}");

	private QuoteFinder() {
	}

	static List<Found> find(String text) {
		List<Found> found = new ArrayList<>();
		List<int[]> paragraphs = paragraphs(text);
		for (int p = 0; p < paragraphs.size(); p++) {
			String paragraph = text.substring(paragraphs.get(p)[0], paragraphs.get(p)[1]);
			Matcher attribution = ATTRIBUTION.matcher(paragraph);
			if (paragraph.length() > 200 || !attribution.matches() || !HAS_NAME.matcher(attribution.group(1)).find()) {
				continue;
			}
			List<String> quoted = new ArrayList<>();
			int q = p + 1;
			for (; q < paragraphs.size(); q++) {
				String next = text.substring(paragraphs.get(q)[0], paragraphs.get(q)[1]);
				if (isAttribution(next) || END_OF_QUOTES.matcher(next).find()
						|| (!quoted.isEmpty() && !FIRST_PERSON.matcher(next).find() && !QUOTED.matcher(next).find())) {
					break;
				}
				quoted.add(next);
			}
			if (!quoted.isEmpty()) {
				found.add(new Found(attribution.group(1).strip(), paragraphs.get(p)[0], String.join("\n\n", quoted),
						paragraphs.get(p + 1)[0], paragraphs.get(q - 1)[1]));
			}
			p = q - 1;
		}
		return found;
	}

	private static boolean isAttribution(String paragraph) {
		Matcher matcher = ATTRIBUTION.matcher(paragraph);
		return paragraph.length() <= 200 && matcher.matches() && HAS_NAME.matcher(matcher.group(1)).find();
	}

	private static List<int[]> paragraphs(String text) {
		List<int[]> spans = new ArrayList<>();
		Matcher breaks = Pattern.compile("\n\\s*\n").matcher(text);
		int start = 0;
		while (breaks.find()) {
			addSpan(text, start, breaks.start(), spans);
			start = breaks.end();
		}
		addSpan(text, start, text.length(), spans);
		return spans;
	}

	private static void addSpan(String text, int start, int end, List<int[]> spans) {
		String paragraph = text.substring(start, end);
		if (!paragraph.isBlank()) {
			int lead = paragraph.length() - paragraph.stripLeading().length();
			spans.add(new int[] { start + lead, start + paragraph.stripTrailing().length() });
		}
	}

	/**
	 * Quoted paragraphs and the words that named their speaker.
	 *
	 * @param speakerLine the attribution without "said": "Interior Minister Priti Patel"
	 * @param position where the attribution starts in the text, to find the person named there
	 * @param start where the quoted paragraphs start in the text
	 * @param end where they end
	 */
	record Found(String speakerLine, int position, String text, int start, int end) {
	}

}
