package org.pressroom.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;

/**
 * Indexes an import's batches without waiting for each: a batch's transaction commits as soon as the database has
 * it, the index takes its documents in the background (without a commit or a reader refresh per batch, which would
 * cut the index into small segments to merge again), and {@link #await} waits for all of them at the end of the
 * import, so that what the import stored is searchable when it returns. Used for one import at a time; the database
 * stays the source of truth ({@code reindex} rebuilds the index from it).
 */
final class BulkIndexing implements IndexingPlanSynchronizationStrategy {

	private final List<CompletableFuture<?>> pending = new ArrayList<>();

	private final boolean enabled;

	private final SearchWorkspace index;

	/**
	 * @param enabled false where the index is fed through the database (outbox polling), which has no plans to
	 * synchronise with
	 * @param index the index the import's releases go to, refreshed at the end
	 */
	BulkIndexing(boolean enabled, SearchWorkspace index) {
		this.enabled = enabled;
		this.index = index;
	}

	/** Indexes the current transaction's changes this way. */
	void join(EntityManager entityManager) {
		if (this.enabled) {
			Search.session(entityManager).indexingPlanSynchronizationStrategy(this);
		}
	}

	@Override
	public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
		context.documentCommitStrategy(DocumentCommitStrategy.NONE);
		context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
		FailureHandler failures = context.failureHandler();
		context.indexingFutureHandler((future) -> {
			synchronized (this.pending) {
				this.pending.add(future.whenComplete((done, ex) -> {
					Throwable failure = (ex != null) ? ex : (done != null) ? done.throwable().orElse(null) : null;
					if (failure != null) {
						EntityIndexingFailureContext.Builder report = EntityIndexingFailureContext.builder();
						report.throwable(failure);
						report.failingOperation("Indexing imported releases");
						failures.handle(report.build());
					}
				}));
			}
		});
	}

	/** Waits until the index has every batch indexed so far, and refreshes it so that searches see them. */
	void await() {
		CompletableFuture<?>[] futures;
		synchronized (this.pending) {
			futures = this.pending.toArray(CompletableFuture[]::new);
			this.pending.clear();
		}
		CompletableFuture.allOf(futures).exceptionally((ex) -> null).join();
		if (futures.length > 0) {
			// Lucene searches see what was written without it; OpenSearch only after its next refresh otherwise
			this.index.refresh();
		}
	}

}
