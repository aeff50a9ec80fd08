package org.pressroom.ingest.read;

/**
 * A file that cannot be imported at all, with the reason in words for the person importing it.
 */
public class ImportFileException extends RuntimeException {

	ImportFileException(String reason) {
		super(reason);
	}

}
