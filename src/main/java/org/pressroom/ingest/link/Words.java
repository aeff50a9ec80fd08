package org.pressroom.ingest.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of a text with their positions, for the finders that look for names in it.
 */
public final class Words {

	private static final Pattern DASHES = Pattern.compile("[\\p{Pd}/]+");

	private Words() {
	}

	/**
	 * A name with its dashes and slashes read as spaces, so that each party of "United States-Mexico-Canada" or
	 * "UK–Belgium" is a word of its own.
	 */
	static String dashesAsSpaces(String name) {
		return DASHES.matcher(name).replaceAll(" ");
	}

	/**
	 * Runs of letters, marks and digits, joined by a single full stop, apostrophe or hyphen ("U.S.", "Biden’s",
	 * "UK-Belgium"), with a full stop after them kept ("Belgium."). Scanned by hand: the same as the regular
	 * expression {@code [\p{L}\p{M}\p{Nd}]+(?:[.'’\-][\p{L}\p{M}\p{Nd}]+)*\.?}, several times faster on the
	 * long texts an import reads.
	 */
	static List<Word> of(String text) {
		List<Word> words = new ArrayList<>(text.length() / 5);
		int length = text.length();
		int i = 0;
		while (i < length) {
			if (!isWordChar(text, i)) {
				i += Character.charCount(text.codePointAt(i));
				continue;
			}
			int start = i;
			i = skipWordChars(text, i);
			while (i + 1 < length && isJoiner(text.charAt(i)) && isWordChar(text, i + 1)) {
				i = skipWordChars(text, i + 1);
			}
			if (i < length && text.charAt(i) == '.') {
				i++;
			}
			words.add(new Word(text.substring(start, i), start, i));
		}
		return words;
	}

	private static int skipWordChars(String text, int i) {
		while (i < text.length() && isWordChar(text, i)) {
			i += Character.charCount(text.codePointAt(i));
		}
		return i;
	}

	private static boolean isJoiner(char c) {
		return c == '.' || c == '\'' || c == '’' || c == '-';
	}

	private static boolean isWordChar(String text, int i) {
		char c = text.charAt(i);
		if (c < 128) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		}
		int cp = text.codePointAt(i);
		if (Character.isLetter(cp)) {
			return true;
		}
		int type = Character.getType(cp);
		return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.NON_SPACING_MARK
				|| type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
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
