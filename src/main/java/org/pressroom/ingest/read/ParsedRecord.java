package org.pressroom.ingest.read;

/**
 * What a reader made of one entry of a file: a record to import, or the reason it cannot be.
 */
public sealed interface ParsedRecord {

	/** A record ready to be linked and stored. */
	record Valid(ImportRecord record) implements ParsedRecord {
	}

	/** An entry that cannot be imported, with where it is and why. */
	record Invalid(String source, int line, String reason) implements ParsedRecord {
	}

}
