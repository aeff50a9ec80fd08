package org.pressroom.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.pressroom.release.PressRelease;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the index level with the database. A missing or empty index beside a database with releases (a new data
 * dir, a deleted index folder, a database restored from a backup) is rebuilt whole, and so is an index whose
 * documents were written by an older version, without fields this one searches ({@link PressRelease#INDEX_VERSION}).
 * An index a stopped process left behind catches up: it lacks the releases an import stored before it was killed, as
 * the index had not committed them yet (a re-run leaves those releases alone, as they are stored already), or still
 * has a release deleted while it could not hear of it. Compares counts and sums of ids first, so an index in step
 * costs a few counts. An index fed through the database never falls behind for good (a transaction stores its
 * changes for the index with its data), so only an empty one is rebuilt, and an outdated one is reported.
 */
@Component
class IndexCatchUp {

	private static final Logger log = LoggerFactory.getLogger(IndexCatchUp.class);

	private static final int BATCH_SIZE = 100;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final ReleaseSearch search;

	private final IndexBuilder builder;

	private final boolean fedThroughDatabase;

	IndexCatchUp(EntityManager entityManager, TransactionTemplate transactions, ReleaseSearch search,
			IndexBuilder builder, Environment environment) {
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.search = search;
		this.builder = builder;
		this.fedThroughDatabase = IndexFeed.throughDatabase(environment);
	}

	/**
	 * Rebuilds an empty index or one written with older fields, else indexes the releases it lacks and removes those
	 * the database no longer has.
	 */
	Result catchUp() throws InterruptedException {
		return catchUp(PressRelease.INDEX_VERSION);
	}

	/** Catches up with the database as if {@code version} were the index's version (tests: a newer one). */
	Result catchUp(int version) throws InterruptedException {
		long start = System.nanoTime();
		Object[] database = this.transactions.execute((tx) -> this.entityManager
			.createQuery("select count(r), coalesce(sum(r.id), 0) from PressRelease r", Object[].class)
			.getSingleResult());
		long releases = ((Number) database[0]).longValue();
		long documents = this.search.indexedDocuments();
		if (documents == 0 && releases > 0) {
			log.info("The search index is empty but the database has {} releases: rebuilding it", releases);
			return rebuild(releases);
		}
		long outdated = documents - this.search.indexedDocuments(version);
		if (outdated > 0 && this.fedThroughDatabase) {
			// other instances may still be writing the older fields: rebuild once all run this version
			log.warn("{} of the {} documents in the search index have the fields of an older version: once every "
					+ "instance runs this one, rebuild the index with `java -jar pressroom.jar reindex`", outdated,
					documents);
		}
		else if (outdated > 0) {
			log.info("{} of the {} documents in the search index have the fields of an older version: rebuilding it",
					outdated, documents);
			return rebuild(releases);
		}
		// the same count, and the same sum of ids: the same releases, but for a most unlikely coincidence
		if (this.fedThroughDatabase
				|| (releases == documents && ((Number) database[1]).longValue() == this.search.indexedIdSum())) {
			return new Result(0, 0);
		}
		Set<Long> stored = new HashSet<>();
		Set<Long> indexed = new HashSet<>();
		this.transactions.executeWithoutResult((tx) -> {
			stored.addAll(
					this.entityManager.createQuery("select r.id from PressRelease r", Long.class).getResultList());
			// scrolled: OpenSearch answers at most 10,000 hits at once
			try (SearchScroll<Long> ids = Search.session(this.entityManager)
				.search(PressRelease.class)
				.select((f) -> f.id(Long.class))
				.where((f) -> f.matchAll())
				.scroll(1_000)) {
				for (SearchScrollResult<Long> chunk = ids.next(); chunk.hasHits(); chunk = ids.next()) {
					indexed.addAll(chunk.hits());
				}
			}
		});
		List<Long> missing = stored.stream().filter((id) -> !indexed.contains(id)).sorted().toList();
		List<Long> gone = indexed.stream().filter((id) -> !stored.contains(id)).toList();
		for (int from = 0; from < missing.size(); from += BATCH_SIZE) {
			List<Long> batch = missing.subList(from, Math.min(missing.size(), from + BATCH_SIZE));
			this.transactions.executeWithoutResult((tx) -> {
				SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
				this.entityManager.createQuery("select r from PressRelease r where r.id in :ids", PressRelease.class)
					.setParameter("ids", batch)
					.getResultList()
					.forEach(plan::addOrUpdate);
			});
		}
		if (!gone.isEmpty()) {
			this.transactions.executeWithoutResult((tx) -> {
				SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
				gone.forEach((id) -> plan.purge(PressRelease.class, id, null));
			});
		}
		Result result = new Result(missing.size(), gone.size());
		log.info("The search index was behind the database: indexed {} releases, removed {}, in {} ms",
				result.indexed(), result.removed(), (System.nanoTime() - start) / 1_000_000);
		return result;
	}

	private Result rebuild(long releases) throws InterruptedException {
		this.builder.rebuild();
		return new Result((int) releases, 0);
	}

	/** How many releases the catch-up indexed, and how many it removed from the index. */
	record Result(int indexed, int removed) {
	}

}
