package org.pressroom.release;

import org.pressroom.IdSequenceMigration;
import org.springframework.stereotype.Component;

/** Release ids from a sequence, so that an import inserts its releases in batches. */
@Component
class V7__ReleaseIdSequence extends IdSequenceMigration {

	V7__ReleaseIdSequence() {
		super("press_release", "press_release_seq", PressRelease.ID_BLOCK);
	}

}
