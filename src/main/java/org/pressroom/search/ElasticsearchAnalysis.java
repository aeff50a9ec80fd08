package org.pressroom.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzer and normalizer the mapping names, for OpenSearch (profile {@code opensearch}): the same chain as
 * the Lucene configurer, so stemming, stop words and accent folding give the same hits on both backends. The
 * built-in {@code english} analyzer of OpenSearch does not fold accents, hence a custom one of the same name.
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
		context.tokenFilter("english_stop").type("stop").param("stopwords", "_english_");
		context.analyzer("english")
			.custom()
			.tokenizer("standard")
			.tokenFilters("english_possessive", "lowercase", "asciifolding", "english_stop", "porter_stem");
		context.normalizer("lowercase").custom().tokenFilters("lowercase", "asciifolding");
	}

}
