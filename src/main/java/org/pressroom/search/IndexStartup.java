package org.pressroom.search;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.pressroom.Command;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, rebuilds a missing or empty index beside a database with releases (a new data dir, a deleted index
 * folder, a database restored from a backup), or else lets the index catch up with what the database gained or
 * lost while it could not follow ({@link IndexCatchUp}). Runs after the sample archive loader, whose import
 * indexes as it goes, so a first start indexes nothing twice; and before the {@code import} command, so that a
 * re-run of an import that was killed leaves every release searchable.
 */
@Component
@Order(20)
class IndexStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IndexStartup.class);

	private final ReleaseSearch search;

	private final IndexBuilder builder;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final IndexCatchUp catchUp;

	IndexStartup(ReleaseSearch search, IndexBuilder builder, EntityManager entityManager,
			TransactionTemplate transactions, IndexCatchUp catchUp) {
		this.search = search;
		this.builder = builder;
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.catchUp = catchUp;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		// reindex rebuilds the whole index anyway
		if (Command.of(args).filter((command) -> command != Command.IMPORT).isPresent()) {
			return;
		}
		long releases = this.transactions.execute((tx) -> this.entityManager
			.createQuery("select count(r) from PressRelease r", Long.class)
			.getSingleResult());
		if (releases > 0 && this.search.indexedDocuments() == 0) {
			log.info("The search index is empty but the database has {} releases: rebuilding it", releases);
			this.builder.rebuild(false);
		}
		else {
			this.catchUp.catchUp();
		}
	}

}
