package org.pressroom.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Checks files sent to the upload page and the API before anything is imported: not larger than the limit
 * ({@code spring.servlet.multipart.max-file-size}), and text, not binary.
 */
@Component
class Uploads {

	private final DataSize maxFileSize;

	Uploads(@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	DataSize maxFileSize() {
		return this.maxFileSize;
	}

	/** Reads a request body up to the limit; empty if it is larger. */
	Optional<byte[]> read(InputStream in) throws IOException {
		byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxFileSize.toBytes() + 1));
		return (content.length > this.maxFileSize.toBytes()) ? Optional.empty() : Optional.of(content);
	}

	String tooLarge(String name) {
		return "%s is too large: files of up to %d MB can be imported this way; import larger files with "
			.formatted(name, this.maxFileSize.toMegabytes()) + "java -jar pressroom.jar import FILE";
	}

	/** Why the content cannot be imported as text, if it cannot. */
	static Optional<String> notText(String name, byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				return Optional.of(name + " is a binary file, not text: import JSON Lines, scraped text or Markdown");
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return Optional.empty();
		}
		catch (CharacterCodingException ex) {
			return Optional.of(name + " is not UTF-8 text: it is binary or in another encoding; save it as UTF-8");
		}
	}

}
