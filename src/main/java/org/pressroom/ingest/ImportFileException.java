package org.pressroom.ingest;

/**
 * A file that cannot be imported at all, with the reason in words for the person importing it.
 */
class ImportFileException extends RuntimeException {

	ImportFileException(String reason) {
		super(reason);
	}

}
