package org.pressroom.search;

import java.io.IOException;
import java.util.Locale;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.pressroom.release.PressRelease;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": corrects the words of a query that found little with the index's own words (release titles,
 * ministers' names and aliases). Needs the Lucene backend's index reader; on other backends it suggests nothing.
 */
@Component
class Spelling {

	private static final Logger log = LoggerFactory.getLogger(Spelling.class);

	private static final String[] FIELDS = { "ministers.nameWords", "ministers.aliasWords", "titleWords" };

	private final DirectSpellChecker checker = new DirectSpellChecker();

	/** The query with its unknown words corrected, or null when there is nothing better to offer. */
	String suggest(SearchSession session, QueryText text, ReleaseQuery query) {
		try (IndexReader reader = session.scope(PressRelease.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			String suggested = text.syntax();
			boolean changed = false;
			for (String word : text.words()) {
				String lower = word.toLowerCase(Locale.ROOT);
				if (lower.length() < 3) {
					continue;
				}
				String best = best(reader, lower);
				if (best != null && !best.equals(lower)) {
					suggested = suggested.replace(word, best);
					changed = true;
				}
			}
			return changed ? suggested : null;
		}
		catch (SearchException ex) {
			log.debug("No spelling suggestions on this backend: {}", ex.getMessage());
			return null;
		}
		catch (IOException ex) {
			log.warn("Spelling suggestions failed", ex);
			return null;
		}
	}

	private String best(IndexReader reader, String word) throws IOException {
		SuggestWord best = null;
		for (String field : FIELDS) {
			Term term = new Term(field, word);
			if (reader.docFreq(term) > 0) {
				return word; // a known word needs no correction
			}
			for (SuggestWord candidate : this.checker.suggestSimilar(term, 1, reader,
					SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
				if (best == null || candidate.score > best.score
						|| (candidate.score == best.score && candidate.freq > best.freq)) {
					best = candidate;
				}
			}
		}
		return (best != null) ? best.string : null;
	}

}
