package org.pressroom.ingest.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans text scraped off the web and often machine-translated: drops a repeated title, "Source…" lines and
 * share/navigation debris, normalises Unicode, turns the Armenian "և" that translators leave between English words
 * into "and", and reports any other fragment in a foreign script inside an English text as a
 * {@link ForeignFragment}, leaving the text itself as it is.
 */
public final class TextCleaner {

	/** Whole lines that sites add around an article: navigation, sharing, cookie notices. */
	private static final Set<String> DEBRIS = Set.of("exit mobile version", "share", "share this", "share this:",
			"share this article", "share this page", "tweet", "print", "email", "e-mail", "facebook", "twitter",
			"linkedin", "whatsapp", "telegram", "reddit", "pinterest", "like this:", "like this", "loading...",
			"loading…", "related", "related posts", "related articles", "skip to content", "skip to main content",
			"back to top", "read more", "continue reading", "menu", "search", "advertisement", "print this page",
			"you may also like", "leave a comment", "leave a reply", "cookie settings", "accept cookies");

	private static final Pattern DEBRIS_PREFIX = Pattern.compile(
			"(?i)^(?:click to (?:share|print|email)|share on |share via |follow us on |posted in |filed under |tags?: |"
					+ "categories: |previous (?:post|article)|next (?:post|article))");

	/** "Source: …", "Source Home Office", and "SourceTitle" where the scraper lost the space. */
	private static final Pattern SOURCE_LINE = Pattern.compile("^Source(?:\\s*:|\\s|\\p{Lu}|$)");

	private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

	private static final Pattern SPACE_OR_PUNCTUATION = Pattern.compile("[\\s\\p{Punct}]+");

	private static final Pattern URL = Pattern.compile("https?://\\S+");

	/** The Armenian conjunction "և" (and) left between two Latin words by machine translation. */
	private static final Pattern ARMENIAN_AND = Pattern
		.compile("(?<=[\\p{IsLatin}\\p{IsDigit}][.,;:!?’'\")\\]]?)\\s*\u0587\\s*(?=[\\p{IsLatin}\\p{IsDigit}(\"“‘])");

	/**
	 * A word in a script other than Latin. Letters of no script (the modifier letters of "Hawaiʻi") belong to the
	 * Latin words around them.
	 */
	private static final String FOREIGN_WORD = "[\\p{L}&&[^\\p{IsLatin}\\p{IsCommon}]][\\p{L}\\p{M}&&[^\\p{IsLatin}\\p{IsCommon}]]*";

	/** A run of foreign words, for finding foreign fragments. */
	private static final Pattern FOREIGN_RUN = Pattern
		.compile(FOREIGN_WORD + "(?:[\\s\\p{Pd}]+" + FOREIGN_WORD + ")*");

	private static final int CONTEXT = 60;

	private TextCleaner() {
	}

	/** Cleans a body in Markdown or plain paragraphs, given the release's title. */
	public static Cleaned clean(String title, String text) {
		String normalised = normalise(text);
		String titleKey = key(normalise(title));
		List<String> kept = new ArrayList<>();
		String sourceUrl = null;
		boolean armenian = normalised.indexOf('\u0587') >= 0;
		for (String line : normalised.split("\n", -1)) {
			String stripped = line.strip();
			if (stripped.startsWith("Source") && SOURCE_LINE.matcher(stripped).find()) {
				Matcher url = URL.matcher(stripped);
				if (sourceUrl == null && url.find()) {
					sourceUrl = url.group();
				}
				continue;
			}
			if (isDebris(stripped) || isTitle(stripped, titleKey)) {
				continue;
			}
			String blanksStripped = stripBlanks(line);
			kept.add(armenian ? ARMENIAN_AND.matcher(blanksStripped).replaceAll(" and ") : blanksStripped);
		}
		String body = String.join("\n", kept);
		if (body.contains("\n\n\n")) {
			body = BLANK_LINES.matcher(body).replaceAll("\n\n");
		}
		body = body.strip();
		return new Cleaned(body, sourceUrl, foreignFragments(body));
	}

	/** NFC, and the compatibility forms a scraper brings in: ligatures, odd spaces, invisible characters. */
	public static String normalise(String text) {
		if (isClean(text)) {
			return text; // most texts: a single scan instead of a copy
		}
		String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(nfc.length());
		for (int i = 0; i < nfc.length(); i++) {
			char c = nfc.charAt(i);
			if (c == '\r') {
				out.append('\n');
				if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
					i++;
				}
			}
			else if (isOddSpace(c)) {
				out.append(' ');
			}
			else if (c >= 0xFB00 && c <= 0xFB06) {
				// Alphabetic presentation forms (ﬁ, ﬂ, ...) only: NFKC of everything would also flatten ², ½ and …
				out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
			}
			else if (!isInvisible(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Spaces other than the plain one, and tabs. */
	private static boolean isOddSpace(char c) {
		return c == '\t' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
	}

	/** Zero-width characters and soft hyphens. */
	private static boolean isInvisible(char c) {
		return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0xAD;
	}

	/** Whether {@link #normalise} would leave the text as it is. */
	private static boolean isClean(String text) {
		boolean beyondLatin1 = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				if (c == '\r' || c == '\t') {
					return false;
				}
			}
			else if (isOddSpace(c) || isInvisible(c) || (c >= 0xFB00 && c <= 0xFB06)) {
				return false;
			}
			else if (c >= 0x300) {
				beyondLatin1 = true;
			}
		}
		return !beyondLatin1 || Normalizer.isNormalized(text, Normalizer.Form.NFC);
	}

	static List<ForeignFragment> foreignFragments(String text) {
		if (!hasForeignLetter(text) || !mostlyLatin(text)) {
			return List.of(); // a release in Arabic or Urdu is not a translation artefact
		}
		List<ForeignFragment> found = new ArrayList<>();
		Matcher run = FOREIGN_RUN.matcher(text);
		while (run.find()) {
			String script = Character.UnicodeScript.of(run.group().codePointAt(0)).name();
			int from = Math.max(0, run.start() - CONTEXT);
			int to = Math.min(text.length(), run.end() + CONTEXT);
			String context = text.substring(from, to).replace('\n', ' ').strip();
			found.add(new ForeignFragment(run.group(), scriptName(script),
					((from > 0) ? "…" : "") + context + ((to < text.length()) ? "…" : "")));
		}
		return found;
	}

	/** Whether any letter is in a script other than Latin (Latin letters all lie below U+0250, or are rare). */
	private static boolean hasForeignLetter(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x250) {
				int cp = text.codePointAt(i);
				if (Character.isLetter(cp) && isForeign(Character.UnicodeScript.of(cp))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isForeign(Character.UnicodeScript script) {
		return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON;
	}

	private static boolean mostlyLatin(String text) {
		long letters = text.codePoints().filter(Character::isLetter).count();
		long latin = text.codePoints()
			.filter((cp) -> Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN)
			.count();
		return letters > 0 && latin * 2 > letters;
	}

	private static String scriptName(String script) {
		return script.charAt(0) + script.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static boolean isDebris(String line) {
		return line.length() < 120
				&& (DEBRIS.contains(line.toLowerCase(Locale.ROOT)) || DEBRIS_PREFIX.matcher(line).find());
	}

	private static String stripBlanks(String line) {
		return line.isBlank() ? "" : line.stripTrailing();
	}

	/** Whether a line only repeats the title (same words, whatever the case, spacing and punctuation). */
	private static boolean isTitle(String line, String titleKey) {
		// a line with far more characters than the title's words cannot be it: spare it the regex
		return !titleKey.isEmpty() && line.length() >= titleKey.length() && line.length() <= 2 * titleKey.length() + 20
				&& key(line).equals(titleKey);
	}

	private static String key(String line) {
		return SPACE_OR_PUNCTUATION.matcher(line.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/**
	 * A cleaned body, the source URL a "Source:" line gave (if any), and the foreign fragments left in it.
	 */
	public record Cleaned(String body, String sourceUrl, List<ForeignFragment> fragments) {
	}

}
