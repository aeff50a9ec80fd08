package org.pressroom.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * What a person typed, made safe for the simple query syntax: bounded in length, {@code OR} as the syntax's
 * {@code |}, and nothing but words, {@code "phrases"}, {@code -exclusions} and {@code |}; every other character
 * is a separator.
 */
final class QueryText {

	/** Longer input is cut at a word boundary: no one types more, and it bounds the query's clauses. */
	static final int MAX_LENGTH = 300;

	private static final int MAX_WORDS = 32;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’._-]*");

	private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}\\s'’._-]*");

	private final String syntax;

	private final List<String> words;

	private final boolean plain;

	private final boolean truncated;

	private QueryText(String syntax, List<String> words, boolean plain, boolean truncated) {
		this.syntax = syntax;
		this.words = words;
		this.plain = plain;
		this.truncated = truncated;
	}

	static QueryText of(String typed) {
		String text = (typed != null) ? typed.strip() : "";
		boolean truncated = false;
		if (text.length() > MAX_LENGTH) {
			int cut = text.lastIndexOf(' ', MAX_LENGTH);
			text = text.substring(0, (cut > MAX_LENGTH / 2) ? cut : MAX_LENGTH);
			truncated = true;
		}
		List<String> words = new ArrayList<>();
		List<String> positive = new ArrayList<>();
		StringBuilder syntax = new StringBuilder();
		boolean inPhrase = false;
		int i = 0;
		while (i < text.length() && words.size() < MAX_WORDS) {
			char c = text.charAt(i);
			Matcher word = WORD.matcher(text).region(i, text.length());
			if (word.lookingAt()) {
				String w = word.group();
				boolean excluded = !inPhrase && i > 0 && text.charAt(i - 1) == '-'
						&& (i == 1 || Character.isWhitespace(text.charAt(i - 2)));
				if (!inPhrase && w.equals("OR")) {
					syntax.append(" | ");
				}
				else {
					words.add(w);
					if (!excluded) {
						positive.add(w);
					}
					syntax.append(excluded ? "-" : "").append(w);
				}
				i = word.end();
			}
			else {
				if (c == '"') {
					inPhrase = !inPhrase;
					syntax.append('"');
				}
				else {
					syntax.append(' ');
				}
				i++;
			}
		}
		if (inPhrase) {
			syntax.append('"');
		}
		boolean plain = PLAIN.matcher(text).matches() && !words.contains("OR");
		String cleaned = syntax.toString().replaceAll("\\s+", " ").strip();
		return new QueryText(positive.isEmpty() ? "" : cleaned, List.copyOf(positive), plain, truncated);
	}

	/** The query in the simple query syntax, or empty when nothing searchable was typed. */
	String syntax() {
		return this.syntax;
	}

	boolean isEmpty() {
		return this.syntax.isEmpty();
	}

	/** The words to look for (not the excluded ones), as typed. */
	List<String> words() {
		return this.words;
	}

	/** The words joined, lower-case: for phrase boosting and fuzzy name matching. */
	String joinedWords() {
		return String.join(" ", this.words).toLowerCase(Locale.ROOT);
	}

	/** Several words without operators or quotes: worth boosting releases that have them as a phrase. */
	boolean isPlainPhrase() {
		return this.plain && this.words.size() > 1;
	}

	/** The words to look for, lower-case, once each, without the stop words the index leaves out. */
	List<String> meaningfulWords() {
		return this.words.stream()
			.map((word) -> word.toLowerCase(Locale.ROOT))
			.filter((word) -> !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word))
			.distinct()
			.toList();
	}

	/**
	 * Three meaningful words or more without operators or quotes, as a question is typed ("what did the Belgian
	 * minister say about police cooperation"): when no release has them all, those with most of them are the
	 * better answer.
	 */
	boolean isQuestionLike() {
		return this.plain && meaningfulWords().size() >= 3;
	}

	boolean truncated() {
		return this.truncated;
	}

}
