package org.pressroom.ingest.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;

/**
 * The file formats the importer reads, known by file extension (command line, upload) or media type (API).
 */
public enum ImportFormat {

	/** One release per line. */
	JSON_LINES("application/x-ndjson", ".jsonl", ".ndjson"),

	/** One release per file, as scraped off a web page: the title on the first line, paragraphs below. */
	TEXT("text/plain", ".txt"),

	/** One release per file: the JSON Lines fields as YAML front matter, the Markdown body below. */
	MARKDOWN("text/markdown", ".md", ".markdown");

	private final MediaType mediaType;

	private final List<String> extensions;

	ImportFormat(String mediaType, String... extensions) {
		this.mediaType = MediaType.parseMediaType(mediaType);
		this.extensions = List.of(extensions);
	}

	public MediaType getMediaType() {
		return this.mediaType;
	}

	public static Optional<ImportFormat> ofFileName(String name) {
		String lower = (name != null) ? name.toLowerCase(Locale.ROOT) : "";
		return Arrays.stream(values()).filter((format) -> format.extensions.stream().anyMatch(lower::endsWith)).findFirst();
	}

	public static Optional<ImportFormat> ofMediaType(MediaType type) {
		return (type == null) ? Optional.empty()
				: Arrays.stream(values()).filter((format) -> format.mediaType.equalsTypeAndSubtype(type)).findFirst();
	}

	/** What the command line and the pages tell a user who gave a file of another kind. */
	public static String supported() {
		return ".jsonl (JSON Lines), .txt (scraped text) or .md (Markdown with front matter)";
	}

	public Iterator<ParsedRecord> read(String source, BufferedReader reader, ImportOptions options) throws IOException {
		return switch (this) {
			case JSON_LINES -> JsonLinesReader.read(source, reader);
			case TEXT -> List.of(ScrapedTextReader.read(source, SafeText.readWhole(reader), options)).iterator();
			case MARKDOWN -> List.of(MarkdownReader.read(source, SafeText.readWhole(reader), options)).iterator();
		};
	}

}
