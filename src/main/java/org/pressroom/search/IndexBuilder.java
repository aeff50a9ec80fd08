package org.pressroom.search;

import jakarta.persistence.EntityManagerFactory;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.pressroom.release.PressRelease;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index from the database with the mass indexer, showing progress.
 */
@Component
class IndexBuilder {

	private static final Logger log = LoggerFactory.getLogger(IndexBuilder.class);

	private final EntityManagerFactory entityManagerFactory;

	IndexBuilder(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/**
	 * Empties the index and indexes every release again, then merges it into as few segments as possible: searches
	 * count facets segment by segment, so a freshly built index is fastest in one piece. Returns when done.
	 */
	void rebuild() throws InterruptedException {
		long start = System.nanoTime();
		build(false, null);
		logRebuilt(start);
	}

	/**
	 * Like {@link #rebuild}, with a progress bar, after dropping the index and creating it again with the fields of
	 * this version: an OpenSearch index created by an older version may lack some, or have them analysed otherwise.
	 */
	void recreate() throws InterruptedException {
		long start = System.nanoTime();
		try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Indexing releases")
			.setStyle(ProgressBarStyle.ASCII)
			.setUnit(" releases", 1)
			.setInitialMax(0)
			.build()) {
			build(true, bar);
		}
		logRebuilt(start);
	}

	private void build(boolean dropAndCreateSchema, ProgressBar bar) throws InterruptedException {
		Search.mapping(this.entityManagerFactory)
			.scope(PressRelease.class)
			.massIndexer()
			.dropAndCreateSchemaOnStart(dropAndCreateSchema)
			.threadsToLoadObjects(2)
			.batchSizeToLoadObjects(100)
			.mergeSegmentsOnFinish(true)
			.monitor(new Monitor(bar))
			.startAndWait();
	}

	private static void logRebuilt(long start) {
		log.info("Search index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
	}

	/** Feeds the mass indexer's progress to a progress bar (or to the log every 10,000 releases). */
	private static final class Monitor implements MassIndexingMonitor {

		private final ProgressBar bar;

		private long added;

		Monitor(ProgressBar bar) {
			this.bar = bar;
		}

		@Override
		public synchronized void addToTotalCount(long count) {
			if (this.bar != null) {
				this.bar.maxHint(Math.max(0, this.bar.getMax()) + count);
			}
			else {
				log.info("Indexing {} releases", count);
			}
		}

		@Override
		public synchronized void documentsAdded(long count) {
			long before = this.added;
			this.added += count;
			if (this.bar != null) {
				this.bar.stepBy(count);
			}
			else if (before / 10_000 != this.added / 10_000) {
				log.info("Indexed {} releases", this.added);
			}
		}

		@Override
		public void documentsBuilt(long count) {
		}

		@Override
		public void entitiesLoaded(long count) {
		}

		@Override
		public void indexingCompleted() {
		}

	}

}
