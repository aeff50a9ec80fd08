package org.pressroom.ingest;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

import org.pressroom.PressroomApplication;
import org.pressroom.ingest.link.NameDirectory;
import org.pressroom.ingest.read.ImportFormat;
import org.pressroom.ingest.read.ImportOptions;
import org.pressroom.ingest.read.ParsedRecord;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The other ceiling of any import, beside {@code bench.LuceneIndexingCeiling}: how much CPU the import's reading
 * thread spends on each release before anything is stored, that is parsing its JSON line, cleaning its text and
 * analysing what it names ({@link PreparedRecord#of}), against an archive that knows the countries and no one
 * else, as an import into an empty archive does. Nothing is written to the database or the index.
 *
 * <p>
 * Usage: {@code PreparationCeiling RELEASES.jsonl}; prints releases per second and CPU milliseconds per release of
 * the one thread that prepares them.
 */
public final class PreparationCeiling {

	private PreparationCeiling() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("Usage: PreparationCeiling RELEASES.jsonl");
			System.exit(2);
		}
		Path file = Path.of(args[0]);
		Path data = Files.createTempDirectory("pressroom-preparation");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PressroomApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run("--pressroom.data-dir=" + data, "--pressroom.sample-data=false",
					"--spring.datasource.url=jdbc:h2:mem:preparation;DB_CLOSE_DELAY=-1", "--logging.level.root=WARN")) {
			EntityManager entityManager = context.getBean(EntityManager.class);
			NameDirectory names = context.getBean(TransactionTemplate.class)
				.execute((tx) -> new NameDirectory(entityManager));
			Validator validator = context.getBean(Validator.class);
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long cpuStart = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			int prepared = 0;
			try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				Iterator<ParsedRecord> records = ImportFormat.JSON_LINES.read(file.toString(), reader,
						ImportOptions.defaults());
				while (records.hasNext()) {
					if (PreparedRecord.of(records.next(), names, validator) instanceof PreparedRecord.Ready) {
						prepared++;
					}
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
			System.out.printf(
					"Preparation alone (JSON, clean-up, text analysis; no database, no index) of %d releases in %.1f s"
							+ " on one thread: %.0f releases/s, %.2f ms of CPU per release%n",
					prepared, seconds, prepared / seconds, cpuMillis / Math.max(1, prepared));
		}
	}

}
