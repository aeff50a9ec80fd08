package org.pressroom.ingest.read;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads import files as strict UTF-8 text: a file with a NUL character or bytes that are not UTF-8 is binary (or in
 * another encoding) and is rejected with a clear reason instead of being stored as garbage.
 */
public final class SafeText {

	/** The most one release of scraped text or Markdown may have. */
	static final int MAX_RELEASE_CHARS = 2_000_000;

	private SafeText() {
	}

	public static BufferedReader reader(InputStream in) {
		Reader decoder = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT));
		return new BufferedReader(new NulRejectingReader(decoder), 64 * 1024);
	}

	/** Reads a one-release file whole, within {@link #MAX_RELEASE_CHARS}. */
	static String readWhole(BufferedReader reader) throws IOException {
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[8192];
		for (int n; (n = reader.read(buffer)) != -1;) {
			text.append(buffer, 0, n);
			if (text.length() > MAX_RELEASE_CHARS) {
				throw new ImportFileException("too large for one release (more than %,d characters)"
					.formatted(MAX_RELEASE_CHARS));
			}
		}
		return text.toString();
	}

	/** The reason a read failed, in words for the person importing. */
	public static String reason(IOException ex) {
		if (ex instanceof CharacterCodingException) {
			return "not UTF-8 text: the file is binary or in another encoding";
		}
		return "could not be read: " + ex.getMessage();
	}

	/**
	 * Fails on the first NUL character, which no text file has but nearly every binary file does.
	 */
	private static final class NulRejectingReader extends FilterReader {

		NulRejectingReader(Reader in) {
			super(in);
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			for (int i = offset; i < offset + n; i++) {
				if (buffer[i] == '\0') {
					throw new ImportFileException("binary content (a NUL byte): not a text file");
				}
			}
			return n;
		}

		@Override
		public int read() throws IOException {
			int c = super.read();
			if (c == 0) {
				throw new ImportFileException("binary content (a NUL byte): not a text file");
			}
			return c;
		}

	}

}
