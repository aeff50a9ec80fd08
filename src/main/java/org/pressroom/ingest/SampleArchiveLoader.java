package org.pressroom.ingest;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.pressroom.Command;
import org.pressroom.PressroomProperties;
import org.pressroom.ingest.read.ImportFile;
import org.pressroom.ingest.read.ImportFormat;
import org.pressroom.ingest.read.ImportOptions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On first start with an empty archive, loads the bundled sample archive: curated reference data, then real
 * releases through the same importer as any other file. Commands such as {@code import} never trigger it.
 */
@Component
@Order(10)
class SampleArchiveLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SampleArchiveLoader.class);

	private final PressroomProperties properties;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final ReleaseImporter importer;

	SampleArchiveLoader(PressroomProperties properties, EntityManager entityManager, TransactionTemplate transactions,
			ReleaseImporter importer) {
		this.properties = properties;
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.importer = importer;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.sampleData() && Command.of(args).isEmpty() && archiveIsEmpty()) {
			load();
		}
	}

	void load() {
		log.info("Empty archive: loading the sample archive");
		this.transactions.executeWithoutResult(
				(tx) -> new ReferenceData(this.entityManager).load(new ClassPathResource("sample/reference.yaml")));
		ClassPathResource releases = new ClassPathResource("sample/releases.jsonl");
		// like any import: the lists the records give, and what their texts name
		ImportSummary summary = this.importer.importFiles(
				List.of(new ImportFile("sample/releases.jsonl", ImportFormat.JSON_LINES, releases::getInputStream)),
				ImportOptions.defaults(), (count) -> {
				});
		log.info("Sample archive: {}", summary);
	}

	private boolean archiveIsEmpty() {
		return this.transactions.execute((tx) -> this.entityManager
			.createQuery("select count(r) from PressRelease r", Long.class)
			.getSingleResult() == 0);
	}

}
