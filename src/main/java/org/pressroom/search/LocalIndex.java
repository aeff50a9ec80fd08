package org.pressroom.search;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.pressroom.release.PressRelease;
import org.springframework.stereotype.Component;

/**
 * The release index read directly, when it is the embedded Lucene index (the default backend): for what the search
 * DSL does not offer, such as the index's own words and whether it changed. On OpenSearch there is none.
 */
@Component
class LocalIndex {

	private final EntityManagerFactory entityManagerFactory;

	LocalIndex(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/** Whether the index is the embedded Lucene one, so that the other methods can be used. */
	boolean exists() {
		return Search.mapping(this.entityManagerFactory).backend() instanceof LuceneBackend;
	}

	/** A reader of the index as it is now; the caller closes it. */
	IndexReader open(SearchSession session) {
		return session.scope(PressRelease.class).extension(LuceneExtension.get()).openIndexReader();
	}

	/** The analyzer searches use, field by field: what a word becomes in each field. */
	Analyzer searchAnalyzer() {
		return Search.mapping(this.entityManagerFactory)
			.indexedEntity(PressRelease.class)
			.indexManager()
			.unwrap(LuceneIndexManager.class)
			.searchAnalyzer();
	}

}
