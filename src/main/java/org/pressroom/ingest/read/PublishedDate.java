package org.pressroom.ingest.read;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Reads the {@code published} field: an ISO date, or a year and month where the day is not known (stored as the
 * first of the month).
 */
public final class PublishedDate {

	private PublishedDate() {
	}

	static LocalDate parse(String text) {
		String value = text.strip();
		try {
			return (value.length() == 7) ? YearMonth.parse(value).atDay(1) : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("published is not an ISO date (YYYY-MM-DD): " + value);
		}
	}

}
