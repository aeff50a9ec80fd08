package org.pressroom.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code import} command run in-process, as {@code java -jar pressroom.jar import ...} runs it.
 */
@SpringBootTest(properties = "pressroom.sample-data=false")
@AutoConfigureMockMvc
class ImportCommandTests {

	@Autowired
	ImportCommand command;

	@Autowired
	Archive archive;

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void countriesOnly() {
		this.archive.countriesOnly();
		this.command.printTo(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void exitsZeroWhenEverythingWasImported() throws IOException {
		Path seed = this.dir.resolve("seed.txt");
		Files.write(seed, new ClassPathResource(SeedImportTests.SEED).getContentAsByteArray());

		int exit = run("import", "--published=2022-03-01", seed.toString());

		assertThat(exit).isZero();
		assertThat(output()).contains("Imported 1, updated 0, unchanged 0, failed 0")
			.contains("warning seed.txt line 1: untranslated Armenian text \"ժամանակ\"");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Importing");
		assertThat(this.archive.count("press_release")).isEqualTo(1);
	}

	@Test
	void exitsOneWhenSomeFailedAndNamesTheLineAndReason() throws IOException {
		Path jsonl = Files.writeString(this.dir.resolve("releases.jsonl"), ImportApiTests.JSONL);
		Path undated = Files.writeString(this.dir.resolve("undated.txt"), "A title\n\nA paragraph.");

		int exit = run("import", jsonl.toString(), undated.toString());

		assertThat(exit).isEqualTo(1);
		assertThat(output()).contains("Imported 2, updated 0, unchanged 0, failed 2")
			.contains("failed releases.jsonl line 2: missing published")
			.contains("failed undated.txt line 1: no date");
		assertThat(this.archive.count("press_release")).isEqualTo(2);
	}

	@Test
	void exitsOneForABinaryFile() throws IOException {
		Path binary = Files.write(this.dir.resolve("photo.jsonl"), new byte[] { (byte) 0xFF, (byte) 0xD8, 0, 0x10 });

		assertThat(run("import", binary.toString())).isEqualTo(1);
		assertThat(output()).contains("failed photo.jsonl");
	}

	@Test
	void exitsTwoForUsageErrors() throws IOException {
		Path pdf = Files.writeString(this.dir.resolve("report.pdf"), "%PDF");

		assertThat(run("import")).isEqualTo(2);
		assertThat(run("import", this.dir.resolve("missing.jsonl").toString())).isEqualTo(2);
		assertThat(run("import", pdf.toString())).isEqualTo(2);
		assertThat(run("import", "--published=yesterday", pdf.toString())).isEqualTo(2);

		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("import: no files given")
			.contains("import: no such file: " + this.dir.resolve("missing.jsonl"))
			.contains("import: unknown format of " + pdf)
			.contains("--published must be a date")
			.contains("usage: java -jar pressroom.jar import");
		assertThat(this.archive.count("press_release")).isZero();
	}

	private int run(String... args) {
		return this.command.execute(new DefaultApplicationArguments(args));
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

}
