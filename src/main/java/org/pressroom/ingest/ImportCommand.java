package org.pressroom.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.pressroom.Command;
import org.pressroom.ingest.read.ImportFile;
import org.pressroom.ingest.read.ImportFormat;
import org.pressroom.ingest.read.ImportOptions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar pressroom.jar import [--published=YYYY-MM-DD] FILE...}: imports the files with a progress bar,
 * then prints a summary. Exits 0 when everything was imported, 1 when some releases or files failed, 2 when the
 * command was given wrongly (no files, a missing file, an unknown format, a bad option).
 */
@Component
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String USAGE = "usage: java -jar pressroom.jar import [--published=YYYY-MM-DD] FILE...\n"
			+ "  FILE: " + ImportFormat.supported() + "\n"
			+ "  --published: the date of scraped text files that carry none";

	static final int OK = 0;

	static final int SOME_FAILED = 1;

	static final int USAGE_ERROR = 2;

	private final ReleaseImporter importer;

	private PrintStream out = System.out;

	private PrintStream err = System.err;

	private int exitCode;

	ImportCommand(ReleaseImporter importer) {
		this.importer = importer;
	}

	/** Where the summary and the progress go; the console unless a test says otherwise. */
	void printTo(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (Command.of(args).filter(Command.IMPORT::equals).isEmpty()) {
			return;
		}
		this.exitCode = execute(args);
	}

	int execute(ApplicationArguments args) {
		ImportOptions options = ImportOptions.defaults();
		if (args.containsOption("published")) {
			List<String> values = args.getOptionValues("published");
			try {
				options = options.withPublished(LocalDate.parse(values.isEmpty() ? "" : values.get(0)));
			}
			catch (DateTimeParseException ex) {
				return usage("--published must be a date such as 2022-03-15");
			}
		}
		List<String> operands = Command.operands(args);
		if (operands.isEmpty()) {
			return usage("no files given");
		}
		List<ImportFile> files = new ArrayList<>();
		long total = 0;
		for (String operand : operands) {
			Path path = Path.of(operand);
			if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
				return usage("no such file: " + operand);
			}
			Optional<ImportFormat> format = ImportFormat.ofFileName(operand);
			if (format.isEmpty()) {
				return usage("unknown format of " + operand + ": expected " + ImportFormat.supported());
			}
			files.add(ImportFile.of(path, format.get()));
			total += releasesIn(path, format.get());
		}
		ImportSummary summary;
		long started = System.nanoTime();
		try (ProgressBar progress = new ProgressBarBuilder().setTaskName("Importing")
			.setInitialMax(total)
			.setUnit(" releases", 1)
			.setStyle(ProgressBarStyle.ASCII)
			.setConsumer(new ConsoleProgressBarConsumer(this.err))
			.setUpdateIntervalMillis(250)
			.showSpeed()
			.build()) {
			summary = this.importer.importFiles(files, options, progress::stepBy);
		}
		print(summary, (System.nanoTime() - started) / 1e9);
		return summary.isComplete() ? OK : SOME_FAILED;
	}

	private void print(ImportSummary summary, double seconds) {
		int handled = summary.getImported() + summary.getUpdated() + summary.getSkipped() + summary.getFailed();
		this.out.printf(Locale.ROOT, "Imported %d, updated %d, unchanged %d, failed %d in %.1f s (%.0f releases/s)%n",
				summary.getImported(), summary.getUpdated(), summary.getSkipped(), summary.getFailed(), seconds,
				handled / Math.max(seconds, 0.001));
		for (ImportSummary.Failure failure : summary.getFailures()) {
			this.out.printf("  failed %s%s: %s%n", failure.source(),
					(failure.line() > 0) ? " line " + failure.line() : "", failure.reason());
		}
		for (ImportSummary.Warning warning : summary.getWarnings()) {
			this.out.printf("  warning %s line %d: untranslated %s text \"%s\" in \"%s\"%n", warning.source(),
					warning.line(), warning.script(), warning.fragment(), warning.context());
		}
	}

	private int usage(String problem) {
		this.err.println("import: " + problem);
		this.err.println(USAGE);
		return USAGE_ERROR;
	}

	/** For the progress bar: JSON Lines hold a release a line, the other formats one a file. */
	private static long releasesIn(Path path, ImportFormat format) {
		if (format != ImportFormat.JSON_LINES) {
			return 1;
		}
		try (Stream<String> lines = Files.lines(path, StandardCharsets.ISO_8859_1)) {
			return lines.filter((line) -> !line.isBlank()).count();
		}
		catch (IOException | UncheckedIOException ex) {
			return 1; // the importer reports why it cannot read the file
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
