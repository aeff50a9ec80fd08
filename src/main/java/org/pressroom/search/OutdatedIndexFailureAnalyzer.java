package org.pressroom.search;

import org.hibernate.search.util.common.SearchException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start stopped by an OpenSearch index whose fields differ from this version's (an older version created
 * it), and what to do: rebuild it with {@code reindex}. Registered in {@code META-INF/spring.factories}.
 */
class OutdatedIndexFailureAnalyzer extends AbstractFailureAnalyzer<SearchException> {

	/** The words Hibernate Search's failure report uses when an existing index does not match the mapping. */
	private static final String VALIDATION_FAILED = "Validation of the existing index";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SearchException cause) {
		if (cause.getMessage() == null || !cause.getMessage().contains(VALIDATION_FAILED)) {
			return null;
		}
		return new FailureAnalysis("""
				The search index on OpenSearch does not have the fields this version of Pressroom writes: an older \
				version created it.

				%s""".formatted(cause.getMessage()), """
				Rebuild the index from the database with this version, with the same settings, then start again:

				    java -jar pressroom.jar reindex""", cause);
	}

}
