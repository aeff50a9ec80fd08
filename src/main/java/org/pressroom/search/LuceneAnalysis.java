package org.pressroom.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzer and normalizer the mapping names, for the Lucene backend. Elasticsearch and OpenSearch have a
 * built-in {@code english} analyzer; their configurer only has to define the {@code lowercase} normalizer
 * (lowercase + asciifolding).
 */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

	/** English text: stems, drops stop words and folds accents, so "Pérez" and "perez" match. */
	public static final String ENGLISH = "english";

	/** Keywords compared case- and accent-insensitively (country codes, languages). */
	public static final String LOWERCASE = "lowercase";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("stop")
			.tokenFilter("porterStem");
		context.normalizer(LOWERCASE).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
	}

}
