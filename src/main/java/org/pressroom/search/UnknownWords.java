package org.pressroom.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;

import org.pressroom.release.PressRelease;
import org.springframework.stereotype.Component;

/**
 * The words of a query that no release has in its title, body or ministers' names: probably misspelt, so worth
 * matching loosely against names ("Verlindan", "Patell"). A word the archive knows is matched exactly; matching it
 * loosely too would only cost time, as building the edit-distance automata of a fuzzy query (again for each
 * highlighted hit) is the dearest part of a search.
 */
@Component
class UnknownWords {

	private static final String[] FIELDS = { "title", "body", "ministers.name", "ministers.aliases" };

	private final EntityManagerFactory entityManagerFactory;

	private volatile Analyzer analyzer;

	private volatile boolean lucene = true;

	UnknownWords(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/** The words of {@code text} the index does not know; all of them when the index is not a local Lucene index. */
	List<String> of(SearchSession session, QueryText text) {
		if (text.words().isEmpty() || !this.lucene) {
			return text.words();
		}
		try (IndexReader reader = session.scope(PressRelease.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			List<String> unknown = new ArrayList<>();
			for (String word : text.words()) {
				if (!known(reader, word)) {
					unknown.add(word);
				}
			}
			return unknown;
		}
		catch (SearchException notLucene) {
			this.lucene = false;
			return text.words();
		}
		catch (IOException ex) {
			return text.words();
		}
	}

	private boolean known(IndexReader reader, String word) throws IOException {
		for (String field : FIELDS) {
			List<String> terms = terms(field, word);
			if (terms.isEmpty()) {
				return true; // a stop word
			}
			boolean all = true;
			for (String term : terms) {
				all &= reader.docFreq(new Term(field, term)) > 0;
			}
			if (all) {
				return true;
			}
		}
		return false;
	}

	/** The word as the index holds it in {@code field}: lower-case, stemmed where the field is. */
	private List<String> terms(String field, String word) throws IOException {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer().tokenStream(field, word)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}

	private Analyzer analyzer() {
		if (this.analyzer == null) {
			this.analyzer = Search.mapping(this.entityManagerFactory)
				.indexedEntity(PressRelease.class)
				.indexManager()
				.unwrap(LuceneIndexManager.class)
				.searchAnalyzer();
		}
		return this.analyzer;
	}

}
