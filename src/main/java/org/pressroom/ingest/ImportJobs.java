package org.pressroom.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.pressroom.ingest.read.ImportFile;
import org.pressroom.ingest.read.ImportFormat;
import org.pressroom.ingest.read.ImportOptions;
import org.springframework.stereotype.Component;

/**
 * Runs the imports started from the upload page one after the other in the background, so that the page can show
 * their progress, and keeps the latest ones for their summaries. Uploaded files wait in temporary files.
 */
@Component
class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final int KEEP = 20;

	private final ReleaseImporter importer;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "import");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();

	ImportJobs(ReleaseImporter importer) {
		this.importer = importer;
	}

	/** Starts importing the uploaded files (name → content) with these options. */
	ImportJob start(Map<String, byte[]> uploads, ImportOptions options, String startedBy) {
		List<ImportFile> files = new ArrayList<>();
		List<Path> stored = new ArrayList<>();
		long total = 0;
		try {
			for (Map.Entry<String, byte[]> upload : uploads.entrySet()) {
				Path file = Files.createTempFile("pressroom-import-", ".upload");
				Files.write(file, upload.getValue());
				stored.add(file);
				ImportFormat format = ImportFormat.ofFileName(upload.getKey()).orElseThrow();
				files.add(new ImportFile(upload.getKey(), format, () -> Files.newInputStream(file)));
				total += (format == ImportFormat.JSON_LINES) ? lines(upload.getValue()) : 1;
			}
		}
		catch (IOException ex) {
			stored.forEach(ImportJobs::delete);
			throw new UncheckedIOException(ex);
		}
		ImportJob job = new ImportJob(List.copyOf(uploads.keySet()), total, startedBy);
		this.jobs.put(job.getId(), job);
		forgetOld();
		this.executor.execute(() -> {
			try {
				job.finish(this.importer.importFiles(files, options, job::advance));
			}
			catch (RuntimeException ex) {
				log.error("Import of {} failed", job.getFiles(), ex);
				job.fail("The import stopped: " + ex.getMessage());
			}
			finally {
				stored.forEach(ImportJobs::delete);
			}
		});
		return job;
	}

	Optional<ImportJob> find(UUID id) {
		return Optional.ofNullable(this.jobs.get(id));
	}

	List<ImportJob> latest() {
		return this.jobs.values().stream().sorted(Comparator.comparing(ImportJob::getStartedAt).reversed()).toList();
	}

	private void forgetOld() {
		List<ImportJob> all = latest();
		all.stream().skip(KEEP).filter((job) -> !job.isRunning()).forEach((job) -> this.jobs.remove(job.getId()));
	}

	private static long lines(byte[] content) {
		long lines = 1;
		for (byte b : content) {
			if (b == '\n') {
				lines++;
			}
		}
		return lines;
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", file, ex);
		}
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}
