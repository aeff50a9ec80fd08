package org.pressroom.ingest;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.pressroom.ingest.clean.ForeignFragment;
import org.pressroom.ingest.clean.TextCleaner;
import org.pressroom.ingest.link.NameDirectory;
import org.pressroom.ingest.link.TextAnalysis;
import org.pressroom.ingest.read.ImportRecord;
import org.pressroom.ingest.read.ParsedRecord;

/**
 * A record made ready to store, off the storing thread: its text cleaned and analysed, or the reason it cannot be
 * imported.
 */
sealed interface PreparedRecord {

	static PreparedRecord of(ParsedRecord parsed, NameDirectory names, Validator validator) {
		if (parsed instanceof ParsedRecord.Invalid invalid) {
			return new Rejected(invalid.source(), invalid.line(), invalid.reason());
		}
		ImportRecord record = ((ParsedRecord.Valid) parsed).record();
		Set<ConstraintViolation<ImportRecord>> violations = validator.validate(record);
		if (!violations.isEmpty()) {
			return new Rejected(record.source(), record.line(), violations.stream()
				.map(ConstraintViolation::getMessage)
				.sorted()
				.distinct()
				.collect(Collectors.joining("; ")));
		}
		try {
			TextCleaner.Cleaned cleaned = TextCleaner.clean(record.title(), record.body());
			if (cleaned.body().isBlank()) {
				return new Rejected(record.source(), record.line(),
						"nothing left of the body after removing scraping debris");
			}
			String title = TextCleaner.normalise(record.title()).strip();
			String sourceUrl = (record.sourceUrl() != null) ? record.sourceUrl() : cleaned.sourceUrl();
			return new Ready(record, title, cleaned.body(), sourceUrl, cleaned.fragments(),
					TextAnalysis.of(title, cleaned.body(), names));
		}
		catch (RuntimeException ex) {
			return new Rejected(record.source(), record.line(), String.valueOf(ex.getMessage()));
		}
	}

	/** A release to store: the record, its cleaned title and body, its source URL, what its text says. */
	record Ready(ImportRecord record, String title, String body, String sourceUrl,
			List<ForeignFragment> fragments, TextAnalysis analysis) implements PreparedRecord {
	}

	/** An entry that cannot be imported, with where it is and why. */
	record Rejected(String source, int line, String reason) implements PreparedRecord {
	}

}
