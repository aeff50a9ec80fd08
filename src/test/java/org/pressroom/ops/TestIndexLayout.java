package org.pressroom.ops;

import java.util.UUID;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Index names of one test context on the shared OpenSearch node: the usual {@code NAME-000001} with read and
 * write aliases, behind a prefix of its own, so cached contexts with databases of their own never share an index.
 */
public class TestIndexLayout implements IndexLayoutStrategy {

	private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";

	@Override
	public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
		return key(hibernateSearchIndexName) + "-000001";
	}

	@Override
	public String createWriteAlias(String hibernateSearchIndexName) {
		return key(hibernateSearchIndexName) + "-write";
	}

	@Override
	public String createReadAlias(String hibernateSearchIndexName) {
		return key(hibernateSearchIndexName) + "-read";
	}

	@Override
	public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
		return key(hibernateSearchIndexName);
	}

	@Override
	public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
		return elasticsearchIndexName.replaceFirst("-\\d{6}$", "");
	}

	private String key(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName.toLowerCase(java.util.Locale.ROOT);
	}

}
