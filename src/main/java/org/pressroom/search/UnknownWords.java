package org.pressroom.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.hibernate.search.mapper.orm.session.SearchSession;

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

	private final LocalIndex index;

	UnknownWords(LocalIndex index) {
		this.index = index;
	}

	/** The words of {@code text} the index does not know; all of them when the index is not a local Lucene index. */
	List<String> of(SearchSession session, QueryText text) {
		if (text.words().isEmpty() || !this.index.exists()) {
			return text.words();
		}
		Analyzer analyzer = this.index.searchAnalyzer();
		try (IndexReader reader = this.index.open(session)) {
			List<String> unknown = new ArrayList<>();
			for (String word : text.words()) {
				if (!known(reader, analyzer, word)) {
					unknown.add(word);
				}
			}
			return unknown;
		}
		catch (IOException ex) {
			return text.words();
		}
	}

	private static boolean known(IndexReader reader, Analyzer analyzer, String word) throws IOException {
		for (String field : FIELDS) {
			List<String> terms = terms(analyzer, field, word);
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
	private static List<String> terms(Analyzer analyzer, String field, String word) throws IOException {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, word)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}

}
