package org.pressroom.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text with their positions, for the finders that look for names in it.
 */
final class Words {

	private static final Pattern WORD = Pattern
		.compile("[\\p{L}\\p{M}\\p{Nd}]+(?:[.'’\\-][\\p{L}\\p{M}\\p{Nd}]+)*\\.?");

	private Words() {
	}

	static List<Word> of(String text) {
		List<Word> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(new Word(matcher.group(), matcher.start(), matcher.end()));
		}
		return words;
	}

	/**
	 * One word as written, and where it is.
	 */
	record Word(String text, int start, int end) {

		/** The word without a full stop or possessive "’s" after it: "Biden’s" and "Belgium." as "Biden", "Belgium". */
		String bare() {
			String word = this.text;
			if (word.endsWith(".") && !isInitial(word) && word.indexOf('.') == word.length() - 1) {
				word = word.substring(0, word.length() - 1);
			}
			if (word.endsWith("’s") || word.endsWith("'s")) {
				word = word.substring(0, word.length() - 2);
			}
			return word;
		}

		boolean capitalised() {
			return Character.isUpperCase(this.text.codePointAt(0));
		}

		/** "R." in "Joseph R. Biden". */
		boolean isInitial(String word) {
			return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
		}

		boolean isInitial() {
			return isInitial(this.text);
		}

		/** A full stop that ends a sentence (not an initial), or a possessive, closes a name. */
		boolean endsName() {
			return (this.text.endsWith(".") && !isInitial()) || this.text.endsWith("’s") || this.text.endsWith("'s");
		}

	}

}
