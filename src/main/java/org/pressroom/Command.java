package org.pressroom;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;

/**
 * The commands {@code java -jar pressroom.jar COMMAND ...} runs instead of the web server. Each is carried out by
 * an {@code ApplicationRunner} that checks {@link #of(ApplicationArguments)} and reports its exit code.
 */
public enum Command {

	/**
	 * {@code import FILE...}: imports releases from files. The index commits every 10 s rather than every second
	 * meanwhile, and fills a larger buffer of documents before it writes a segment ({@link #importIndexBuffer}):
	 * each commit or full buffer closes a segment, and a bulk import's many small segments would cost more to merge
	 * than to index. (A killed import may leave its last seconds out of the index: the next start or import indexes
	 * them.)
	 */
	IMPORT("import", Map.of("spring.jpa.properties.hibernate.search.backend.io.commit_interval", "10000",
			"spring.jpa.properties.hibernate.search.backend.io.writer.ram_buffer_size", importIndexBuffer())),

	/**
	 * {@code reindex}: rebuilds the search index from the database. The index's fields are not checked at start:
	 * the command drops the index and creates it again with this version's fields, so that it also replaces an
	 * OpenSearch index an older version created.
	 */
	REINDEX("reindex", Map.of("spring.jpa.properties.hibernate.search.schema_management.strategy", "none"));

	/**
	 * Settings of every command: the output is the command's own (the result on standard output; progress and the
	 * application's messages on standard error), without the banner and the framework's start-up log; and the
	 * repositories are only created when used, as a command uses few of them (about 2 s less to start).
	 */
	private static final Map<String, Object> QUIET = Map.of(
			"logging.config", "classpath:logback-command.xml",
			"spring.main.banner-mode", "off",
			"spring.main.log-startup-info", "false",
			"logging.level.root", "WARN",
			"logging.level.org.pressroom", "INFO",
			"spring.data.jpa.repositories.bootstrap-mode", "lazy");

	private final String name;

	private final Map<String, Object> defaults;

	Command(String name, Map<String, Object> defaults) {
		this.name = name;
		this.defaults = defaults;
	}

	/** Megabytes of documents the index holds during an import: a quarter of the heap, from 64 MB to 256 MB. */
	private static String importIndexBuffer() {
		long quarterOfHeap = Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024);
		return String.valueOf(Math.max(64, Math.min(256, quarterOfHeap)));
	}

	/** Settings of this command that differ from the web application's (properties given still win). */
	public Map<String, Object> defaults() {
		Map<String, Object> defaults = new HashMap<>(QUIET);
		defaults.putAll(this.defaults);
		return defaults;
	}

	public String getName() {
		return this.name;
	}

	/** The command named by the first argument, if any. */
	public static Optional<Command> of(String... args) {
		return (args.length == 0) ? Optional.empty()
				: Arrays.stream(values()).filter((command) -> command.name.equals(args[0])).findFirst();
	}

	public static Optional<Command> of(ApplicationArguments args) {
		List<String> words = args.getNonOptionArgs();
		return words.isEmpty() ? Optional.empty() : of(words.get(0));
	}

	/** The words after the command's name: the files of {@code import FILE...}. */
	public static List<String> operands(ApplicationArguments args) {
		List<String> words = args.getNonOptionArgs();
		return words.subList(Math.min(1, words.size()), words.size());
	}

}
