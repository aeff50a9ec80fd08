package org.pressroom.ingest.read;

import java.time.LocalDate;
import java.util.List;

/**
 * One release as read from an import file, before it is linked and stored.
 *
 * @param source the file it came from
 * @param line the line (JSON Lines) or 1 (one release per file) where it starts, for error reports
 */
public record ImportRecord(String source, int line, String title, LocalDate published, String body, String summary,
		String issuer, String country, String type, String language, String sourceUrl, String licence,
		List<String> ministers, List<String> countries, List<String> agreements, List<String> topics) {

	public ImportRecord {
		ministers = (ministers != null) ? List.copyOf(ministers) : List.of();
		countries = (countries != null) ? List.copyOf(countries) : List.of();
		agreements = (agreements != null) ? List.copyOf(agreements) : List.of();
		topics = (topics != null) ? List.copyOf(topics) : List.of();
	}

}
