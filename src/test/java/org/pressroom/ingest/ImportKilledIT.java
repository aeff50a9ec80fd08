package org.pressroom.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real import process killed midway ({@code kill -9}, no shutdown hook runs): the archive keeps only whole
 * batches, each release with its links, and running the same import again completes it without a duplicate and
 * with every release in the search index.
 * Runs {@code java -jar target/pressroom.jar import} (the packaged application, built before the integration
 * tests) against a file-based archive in a temporary directory.
 */
class ImportKilledIT {

	private static final int RELEASES = 10_000;

	private static final Pattern PROGRESS = Pattern.compile("(\\d+)/" + RELEASES + " releases");

	@TempDir
	Path work;

	@Test
	void aKilledImportLeavesWholeBatchesAndARerunCompletesItWithoutDuplicates() throws Exception {
		Path file = releases();
		Path data = this.work.resolve("data");

		// Given an import killed once at least two batches have been stored
		Process first = importCommand(data, file).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		ProgressWatch progress = ProgressWatch.of(first.getErrorStream());
		assertThat(progress.awaitAtLeast(2 * ReleaseImporter.BATCH_SIZE, 120)).as("releases stored before the kill")
			.isGreaterThanOrEqualTo(2 * ReleaseImporter.BATCH_SIZE);
		// H2 writes committed transactions to its file within half a second (its WRITE_DELAY): let it, so that the
		// batches reported stored are on disk when the process dies
		Thread.sleep(1_000);
		assertThat(first.isAlive()).as("import still running at the kill").isTrue();
		first.destroyForcibly();
		assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

		// Then only whole batches are there, each release with the people and countries its text names
		long stored = count(data, "select count(*) from press_release");
		assertThat(stored).isPositive().isLessThan(RELEASES);
		assertThat(stored % ReleaseImporter.BATCH_SIZE).as("releases beyond whole batches").isZero();
		assertThat(count(data, "select count(*) from press_release r where not exists "
				+ "(select 1 from release_minister m where m.release_id = r.id)")).isZero();
		assertThat(count(data, "select count(*) from press_release r where not exists "
				+ "(select 1 from release_country c where c.release_id = r.id)")).isZero();

		// When the same import runs again to its end
		Path summary = this.work.resolve("summary.txt");
		Path log = this.work.resolve("log.txt");
		Process second = importCommand(data, file).redirectOutput(summary.toFile()).redirectError(log.toFile()).start();
		assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();

		// Then it adds the rest, leaves what was stored alone, and every release is there once, searchable
		assertThat(second.exitValue()).isZero();
		// standard output is the summary alone; the catch-up of the index is in the log, on standard error
		assertThat(Files.readString(summary))
			.startsWith("Imported %d, updated 0, unchanged %d, failed 0".formatted(RELEASES - stored, stored));
		assertThat(Files.readString(log)).containsAnyOf("The search index was behind the database",
				"The search index is empty but the database has");
		assertThat(count(data, "select count(*) from press_release")).isEqualTo(RELEASES);
		assertThat(count(data, "select count(distinct source_url) from press_release")).isEqualTo(RELEASES);
		assertThat(indexed(data)).as("releases in the search index").isEqualTo(RELEASES);
	}

	/** Releases that each name two leaders with their titles and countries, so that each gets linked rows. */
	private Path releases() throws IOException {
		List<String> lines = new ArrayList<>();
		for (int i = 1; i <= RELEASES; i++) {
			lines.add(("{\"title\":\"Leaders meet on trade, round %d\",\"published\":\"2022-03-15\",\"source_url\":"
					+ "\"https://example.org/releases/%d\",\"body\":\"Prime Minister Boris Johnson of the United Kingdom "
					+ "met Prime Minister Alexander De Croo of Belgium for round %d of their talks.\\n\\nThey discussed "
					+ "trade, energy and the police cooperation agreement under negotiation.\"}")
				.formatted(i, i, i));
		}
		Path file = this.work.resolve("releases.jsonl");
		Files.write(file, lines, StandardCharsets.UTF_8);
		return file;
	}

	private static ProcessBuilder importCommand(Path data, Path file) {
		String java = ProcessHandle.current().info().command().orElse("java");
		Path jar = Path.of("target", "pressroom.jar");
		List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-Xmx512m"));
		if (Files.isRegularFile(jar)) {
			command.addAll(List.of("-jar", jar.toString()));
		}
		else {
			command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.pressroom.PressroomApplication"));
		}
		command.addAll(List.of("import", "--pressroom.data-dir=" + data, "--pressroom.sample-data=false",
				"--logging.level.root=WARN", file.toString()));
		return new ProcessBuilder(command);
	}

	private static long count(Path data, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("pressroom"), "sa", "");
				Statement statement = connection.createStatement();
				var result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private static int indexed(Path data) throws IOException {
		try (FSDirectory directory = FSDirectory.open(data.resolve("index").resolve("release"));
				DirectoryReader reader = DirectoryReader.open(directory)) {
			return reader.numDocs();
		}
	}

	/**
	 * Reads the progress bar of an import from its error stream, on a thread of its own.
	 */
	private static final class ProgressWatch {

		private volatile int handled;

		static ProgressWatch of(InputStream err) {
			ProgressWatch watch = new ProgressWatch();
			Thread reader = new Thread(() -> watch.read(err), "import-progress");
			reader.setDaemon(true);
			reader.start();
			return watch;
		}

		private void read(InputStream err) {
			byte[] buffer = new byte[8192];
			StringBuilder recent = new StringBuilder();
			try {
				for (int n; (n = err.read(buffer)) != -1;) {
					recent.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
					Matcher matcher = PROGRESS.matcher(recent);
					while (matcher.find()) {
						this.handled = Math.max(this.handled, Integer.parseInt(matcher.group(1)));
					}
					recent.delete(0, Math.max(0, recent.length() - 200));
				}
			}
			catch (IOException ex) {
				// the process was killed
			}
		}

		/** Waits until the import has handled at least this many releases, or the time is up; what it handled. */
		int awaitAtLeast(int releases, int seconds) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
			while (this.handled < releases && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			return this.handled;
		}

	}

}
