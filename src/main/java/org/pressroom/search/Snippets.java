package org.pressroom.search;

import java.util.List;
import java.util.regex.Pattern;

import org.pressroom.release.MarkdownRenderer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns the highlighter's passages of a Markdown body into snippets a reader can read: the Markdown's markup
 * ({@code **}, {@code ##}, list markers, link syntax) goes, the text stays escaped and only the highlight marks
 * remain markup.
 */
@Component
class Snippets {

	private static final String MARK = "<mark>";

	private static final String END_MARK = "</mark>";

	// stand-ins for the marks while the text is Markdown: characters from Unicode's private use area
	private static final String MARK_STAND_IN = "\uE000";

	private static final String END_MARK_STAND_IN = "\uE001";

	// and for "<", so that stored text that looks like HTML stays text, as on the release page
	private static final String LESS_THAN_STAND_IN = "\uE002";

	// between passages, a paragraph of its own: the passages are read as one text, in one pass
	private static final String PASSAGE_BREAK = "\uE003";

	private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s.,;:!?]+");

	// the half of a strong emphasis that a passage kept where it cut the other off ("fell **sharply"), which the
	// Markdown parser leaves as text
	private static final Pattern CUT_EMPHASIS = Pattern.compile("\\*\\*+|__+");

	private final MarkdownRenderer markdown;

	Snippets(MarkdownRenderer markdown) {
		this.markdown = markdown;
	}

	/** A snippet from the highlighter's HTML-escaped passages with {@code <mark>} highlights, joined by "…". */
	String of(List<String> passages) {
		String markdown = HtmlUtils
			.htmlUnescape(String.join("\n\n" + PASSAGE_BREAK + "\n\n", passages.stream().map(Snippets::clean).toList())
				.replace(MARK, MARK_STAND_IN)
				.replace(END_MARK, END_MARK_STAND_IN))
			.replace("<", LESS_THAN_STAND_IN)
			.replace("\0", ""); // Markdown has no NUL; the parser would replace it and lose count
		String text = CUT_EMPHASIS.matcher(this.markdown.toText(markdown))
			.replaceAll("")
			.replace(LESS_THAN_STAND_IN, "<")
			.replaceAll("\\s+", " ")
			.strip();
		return HtmlUtils.htmlEscape(text)
			.replace(MARK_STAND_IN, MARK)
			.replace(END_MARK_STAND_IN, END_MARK)
			.replace(" " + PASSAGE_BREAK + " ", " … ");
	}

	/**
	 * A passage without the characters that stand in for markup here, nor the punctuation it may start with where
	 * the highlighter split a long sentence (".\n-   **The Dallas Area Rapid Transit…").
	 */
	private static String clean(String passage) {
		return LEADING_PUNCTUATION.matcher(passage.replaceAll("[\uE000-\uE003]", "")).replaceFirst("");
	}

}
