package org.pressroom.search;

import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a start stopped by an outdated OpenSearch index tells the operator (TwoInstancesIT starts against one).
 */
class OutdatedIndexFailureAnalyzerTests {

	private final OutdatedIndexFailureAnalyzer analyzer = new OutdatedIndexFailureAnalyzer();

	@Test
	void tellsToReindexWhenTheIndexHasOtherFields() {
		SearchException validation = new SearchException("HSEARCH000520: Hibernate Search encountered failures during "
				+ "bootstrap. Failures:\n  - Validation of the existing index in the Elasticsearch cluster failed.\n"
				+ "  field 'indexVersion':\n    - Missing property mapping");

		FailureAnalysis analysis = this.analyzer.analyze(new BeanCreationException("entityManagerFactory", validation));

		assertThat(analysis.getDescription()).startsWith("The search index on OpenSearch does not have the fields")
			.contains("field 'indexVersion'");
		assertThat(analysis.getAction()).contains("java -jar pressroom.jar reindex");
	}

	@Test
	void leavesOtherSearchFailuresToTheirOwnMessage() {
		SearchException unreachable = new SearchException("HSEARCH400588: Call to the Elasticsearch cluster failed");

		assertThat(this.analyzer.analyze(new BeanCreationException("entityManagerFactory", unreachable))).isNull();
	}

}
