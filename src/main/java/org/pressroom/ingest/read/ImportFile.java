package org.pressroom.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to import: its name (for reports), its format and a way to open it.
 */
public record ImportFile(String name, ImportFormat format, Opener opener) {

	public static ImportFile of(Path path, ImportFormat format) {
		return new ImportFile(path.getFileName().toString(), format, () -> Files.newInputStream(path));
	}

	public static ImportFile of(String name, ImportFormat format, byte[] content) {
		return new ImportFile(name, format, () -> new java.io.ByteArrayInputStream(content));
	}

	/**
	 * Opens the file's content, each time from the start.
	 */
	@FunctionalInterface
	public interface Opener {

		InputStream open() throws IOException;

	}

}
