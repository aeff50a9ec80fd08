package org.pressroom.ingest.read;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pressroom.ingest.clean.TextCleaner;

/**
 * Reads one release from text as scraped off a web page: the first non-blank line is the title, every further
 * non-blank line a paragraph. The date comes from a date line among the first lines under the title ("Published 15
 * March 2022", "2022-03-15", "March 15, 2022"); scraped pages often have none, and then the date given with the
 * import ({@link ImportOptions#published()}) is used, or else the file fails with a reason saying how to give one.
 */
public final class ScrapedTextReader {

	public static final String NO_DATE = "no date: add a line such as \"Published 15 March 2022\" under the title, "
			+ "or give the date with the import (--published=YYYY-MM-DD on the command line, published=YYYY-MM-DD "
			+ "in the upload form or API)";

	private static final int DATE_LINES = 3;

	private static final Pattern DATE_LINE = Pattern.compile(
			"(?i)^(?:(?:published|posted|updated|date|released)(?:\\s+on)?\\s*:?\\s*)?(?:[a-z]+day,?\\s+)?(.{6,30}?)\\.?$");

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.ENGLISH));

	private ScrapedTextReader() {
	}

	static ParsedRecord read(String source, String text, ImportOptions options) {
		List<String> lines = TextCleaner.normalise(text).lines().map(String::strip).toList();
		int titleIndex = 0;
		while (titleIndex < lines.size() && lines.get(titleIndex).isEmpty()) {
			titleIndex++;
		}
		if (titleIndex == lines.size()) {
			return new ParsedRecord.Invalid(source, 1, "empty file: the first line must be the title");
		}
		String title = lines.get(titleIndex);
		LocalDate published = null;
		int dateIndex = -1;
		for (int i = titleIndex + 1, seen = 0; i < lines.size() && seen < DATE_LINES; i++) {
			if (!lines.get(i).isEmpty()) {
				seen++;
				published = date(lines.get(i));
				if (published != null) {
					dateIndex = i;
					break;
				}
			}
		}
		if (published == null) {
			published = options.published();
		}
		if (published == null) {
			return new ParsedRecord.Invalid(source, titleIndex + 1, NO_DATE);
		}
		List<String> paragraphs = new ArrayList<>();
		for (int i = titleIndex + 1; i < lines.size(); i++) {
			if (i != dateIndex && !lines.get(i).isEmpty()) {
				paragraphs.add(lines.get(i));
			}
		}
		if (paragraphs.isEmpty()) {
			return new ParsedRecord.Invalid(source, titleIndex + 1, "no text under the title");
		}
		return new ParsedRecord.Valid(new ImportRecord(source, titleIndex + 1, title, published,
				String.join("\n\n", paragraphs), null, null, null, null, null, null, null, null, null, null, null));
	}

	/** The date a line consists of, or null. */
	public static LocalDate date(String line) {
		if (line.length() > 60) {
			return null;
		}
		Matcher matcher = DATE_LINE.matcher(line);
		if (!matcher.matches()) {
			return null;
		}
		String value = matcher.group(1).strip();
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing a date
			}
		}
		return null;
	}

}
