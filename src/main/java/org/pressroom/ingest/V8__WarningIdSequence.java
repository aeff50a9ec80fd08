package org.pressroom.ingest;

import org.pressroom.IdSequenceMigration;
import org.springframework.stereotype.Component;

/** Translation warning ids from a sequence, so that an import inserts its warnings in batches. */
@Component
public class V8__WarningIdSequence extends IdSequenceMigration {

	V8__WarningIdSequence() {
		super("release_warning", "release_warning_seq", TranslationWarning.ID_BLOCK);
	}

}
