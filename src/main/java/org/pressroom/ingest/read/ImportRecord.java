package org.pressroom.ingest.read;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * One release as read from an import file, before it is linked and stored. The sizes are those of the archive's
 * columns, so that a record too large for them is rejected with its reason instead of failing in the database.
 *
 * @param source the file it came from
 * @param line the line (JSON Lines) or 1 (one release per file) where it starts, for error reports
 */
public record ImportRecord(String source, int line,
		@Size(max = 500, message = "the title is longer than {max} characters") String title, LocalDate published,
		String body, String summary,
		@Size(max = 300, message = "the issuer is longer than {max} characters") String issuer, String country,
		@Size(max = 100, message = "the type is longer than {max} characters") String type,
		@Size(max = 20, message = "the language is longer than {max} characters") String language,
		@Size(max = 2000, message = "the source URL is longer than {max} characters") String sourceUrl,
		@Size(max = 200, message = "the licence is longer than {max} characters") String licence,
		List<@Size(max = 200, message = "a minister's name is longer than {max} characters") String> ministers,
		List<String> countries,
		List<@Size(max = 500, message = "an agreement's title is longer than {max} characters") String> agreements,
		List<@Size(max = 200, message = "a topic's name is longer than {max} characters") String> topics) {

	public ImportRecord {
		ministers = (ministers != null) ? List.copyOf(ministers) : List.of();
		countries = (countries != null) ? List.copyOf(countries) : List.of();
		agreements = (agreements != null) ? List.copyOf(agreements) : List.of();
		topics = (topics != null) ? List.copyOf(topics) : List.of();
	}

}
