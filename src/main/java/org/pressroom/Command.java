package org.pressroom;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;

/**
 * The commands {@code java -jar pressroom.jar COMMAND ...} runs instead of the web server. Each is carried out by
 * an {@code ApplicationRunner} that checks {@link #of(ApplicationArguments)} and reports its exit code.
 */
public enum Command {

	/** {@code import FILE...}: imports releases from files. */
	IMPORT("import"),

	/** {@code reindex}: rebuilds the search index from the database. */
	REINDEX("reindex");

	private final String name;

	Command(String name) {
		this.name = name;
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
