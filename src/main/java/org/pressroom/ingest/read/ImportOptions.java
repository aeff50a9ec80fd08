package org.pressroom.ingest.read;

import java.time.LocalDate;

/**
 * How to import.
 *
 * @param published the date of releases whose file gives none (scraped text often has no date line); when null,
 * such a file fails with a reason that says how to give one
 * @param extract whether to find ministers, countries and agreements in the text and create the ones not known
 * yet; when false only the lists a record names explicitly are linked (quotes are attributed either way)
 */
public record ImportOptions(LocalDate published, boolean extract) {

	/** Links everything the text names; files must carry their dates. */
	public static ImportOptions defaults() {
		return new ImportOptions(null, true);
	}

	public ImportOptions withPublished(LocalDate date) {
		return new ImportOptions(date, this.extract);
	}

}
