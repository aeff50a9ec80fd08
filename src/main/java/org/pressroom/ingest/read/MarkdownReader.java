package org.pressroom.ingest.read;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import org.pressroom.ingest.clean.TextCleaner;

/**
 * Reads one release from Markdown with YAML front matter: flexmark finds the front matter block, SnakeYAML reads
 * its fields (those of JSON Lines), and the Markdown after it is the body.
 */
public final class MarkdownReader {

	private static final Parser PARSER = Parser
		.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create())))
		.build();

	private MarkdownReader() {
	}

	static ParsedRecord read(String source, String text, ImportOptions options) {
		String markdown = TextCleaner.normalise(text);
		Document document = PARSER.parse(markdown);
		Node first = document.getFirstChild();
		if (!(first instanceof YamlFrontMatterBlock block)) {
			return new ParsedRecord.Invalid(source, 1,
					"no front matter: the file must start with a line \"---\", the fields, and \"---\"");
		}
		String yaml = block.getChars().toString().replaceFirst("^---[^\\n]*\\n", "").replaceFirst("\\n?---\\s*$", "");
		Map<String, Object> fields;
		try {
			Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
			if (!(loaded instanceof Map<?, ?> map)) {
				return new ParsedRecord.Invalid(source, 2, "the front matter must be fields such as \"title: ...\"");
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> typed = (Map<String, Object>) map;
			fields = typed;
		}
		catch (YAMLException ex) {
			return new ParsedRecord.Invalid(source, 2, "front matter is not valid YAML: " + firstLine(ex.getMessage()));
		}
		String body = markdown.substring(block.getEndOffset()).strip();
		try {
			String title = string(fields, "title");
			LocalDate published = date(fields.get("published"));
			if (published == null) {
				published = options.published();
			}
			List<String> missing = new ArrayList<>();
			if (title == null || title.isBlank()) {
				missing.add("title");
			}
			if (published == null) {
				missing.add("published");
			}
			if (body.isEmpty()) {
				missing.add("body");
			}
			if (!missing.isEmpty()) {
				return new ParsedRecord.Invalid(source, 1, "missing " + String.join(", ", missing));
			}
			return new ParsedRecord.Valid(new ImportRecord(source, 1, title.strip(), published, body,
					string(fields, "summary"), string(fields, "issuer"), string(fields, "country"),
					string(fields, "type"), string(fields, "language"), string(fields, "source_url"),
					string(fields, "licence"), list(fields, "ministers"), list(fields, "countries"),
					list(fields, "agreements"), list(fields, "topics")));
		}
		catch (IllegalArgumentException ex) {
			return new ParsedRecord.Invalid(source, 1, ex.getMessage());
		}
	}

	private static String string(Map<String, Object> fields, String name) {
		Object value = fields.get(name);
		if (value == null) {
			return null;
		}
		if (value instanceof Map || value instanceof Collection) {
			throw new IllegalArgumentException(name + " must be text");
		}
		return value.toString();
	}

	/** YAML reads 2022-03-15 as a date; a year and month (2022-03) stays text. */
	private static LocalDate date(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Date date) {
			return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		}
		return PublishedDate.parse(value.toString());
	}

	private static List<String> list(Map<String, Object> fields, String name) {
		Object value = fields.get(name);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> items)) {
			throw new IllegalArgumentException(name + " must be a list");
		}
		List<String> names = new ArrayList<>();
		for (Object item : items) {
			if (item == null || item instanceof Map || item instanceof Collection) {
				throw new IllegalArgumentException(name + " must be a list of names");
			}
			if (!item.toString().isBlank()) {
				names.add(item.toString().strip());
			}
		}
		return names;
	}

	private static String firstLine(String message) {
		return (message != null) ? message.lines().findFirst().orElse("") : "";
	}

}
