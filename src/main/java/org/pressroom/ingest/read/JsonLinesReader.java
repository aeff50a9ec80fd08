package org.pressroom.ingest.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON Lines: one release per line, {@code title}, {@code published} and {@code body} required. Reads
 * lazily, so a file of any size is read in constant memory.
 */
public final class JsonLinesReader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonLinesReader() {
	}

	static Iterator<ParsedRecord> read(String source, BufferedReader reader) {
		return new Iterator<>() {

			private int lineNumber;

			private boolean unreadable;

			private ParsedRecord next = advance();

			@Override
			public boolean hasNext() {
				return this.next != null;
			}

			@Override
			public ParsedRecord next() {
				if (this.next == null) {
					throw new NoSuchElementException();
				}
				ParsedRecord current = this.next;
				this.next = advance();
				return current;
			}

			private ParsedRecord advance() {
				if (this.unreadable) {
					return null;
				}
				try {
					String line;
					do {
						line = reader.readLine();
						this.lineNumber++;
					}
					while (line != null && line.isBlank());
					return (line != null) ? parse(source, this.lineNumber, line) : null;
				}
				catch (IOException ex) {
					// the rest of the file cannot be read: report where, keep what was read before
					this.unreadable = true;
					return new ParsedRecord.Invalid(source, this.lineNumber + 1, SafeText.reason(ex));
				}
				catch (ImportFileException ex) {
					this.unreadable = true;
					return new ParsedRecord.Invalid(source, this.lineNumber + 1, ex.getMessage());
				}
			}
		};
	}

	static ParsedRecord parse(String source, int line, String json) {
		try {
			JsonNode node = JSON.readTree(json);
			if (!node.isObject()) {
				return new ParsedRecord.Invalid(source, line, "not a JSON object");
			}
			String title = text(node, "title");
			String published = text(node, "published");
			String body = text(node, "body");
			List<String> missing = new ArrayList<>();
			if (title == null || title.isBlank()) {
				missing.add("title");
			}
			if (published == null || published.isBlank()) {
				missing.add("published");
			}
			if (body == null || body.isBlank()) {
				missing.add("body");
			}
			if (!missing.isEmpty()) {
				return new ParsedRecord.Invalid(source, line, "missing " + String.join(", ", missing));
			}
			return new ParsedRecord.Valid(new ImportRecord(source, line, title.strip(), PublishedDate.parse(published),
					body, text(node, "summary"), text(node, "issuer"), text(node, "country"), text(node, "type"),
					text(node, "language"), text(node, "source_url"), text(node, "licence"), list(node, "ministers"),
					list(node, "countries"), list(node, "agreements"), list(node, "topics")));
		}
		catch (JacksonException ex) {
			return new ParsedRecord.Invalid(source, line, "not valid JSON: " + ex.getOriginalMessage());
		}
		catch (IllegalArgumentException ex) {
			return new ParsedRecord.Invalid(source, line, ex.getMessage());
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isValueNode()) {
			throw new IllegalArgumentException(field + " must be a string");
		}
		return value.asString();
	}

	private static List<String> list(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw new IllegalArgumentException(field + " must be a list of strings");
		}
		List<String> items = new ArrayList<>();
		for (JsonNode item : value) {
			if (!item.isString()) {
				throw new IllegalArgumentException(field + " must be a list of strings");
			}
			if (!item.asString().isBlank()) {
				items.add(item.asString().strip());
			}
		}
		return items;
	}

}
