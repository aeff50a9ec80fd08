package org.pressroom.agreement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How much of a date is known: texts often say only "signed in November 2021".
 */
public enum DatePrecision {

	DAY("d MMMM yyyy"), MONTH("MMMM yyyy"), YEAR("yyyy");

	private final DateTimeFormatter format;

	DatePrecision(String pattern) {
		this.format = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
	}

	public String format(LocalDate date) {
		return this.format.format(date);
	}

}
