package org.pressroom.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.pressroom.release.PressRelease;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": corrects the words of a query that found little with the index's own words (release titles,
 * ministers' names and aliases). Reads the Lucene index directly, or asks OpenSearch's term suggester.
 */
@Component
class Spelling {

	private static final Logger log = LoggerFactory.getLogger(Spelling.class);

	private static final String[] FIELDS = { "ministers.nameWords", "ministers.aliasWords", "titleWords" };

	private final DirectSpellChecker checker = new DirectSpellChecker();

	private final LocalIndex index;

	Spelling(LocalIndex index) {
		this.index = index;
	}

	/** The query with its unknown words corrected, or null when there is nothing better to offer. */
	String suggest(SearchSession session, QueryText text, ReleaseQuery query) {
		if (!this.index.exists()) {
			return suggestFromTermSuggester(session, text);
		}
		try (IndexReader reader = this.index.open(session)) {
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

	/**
	 * The same correction on OpenSearch: its term suggester over the same fields, which only offers words for
	 * those not in the index (a known word gets no options and stays).
	 */
	private String suggestFromTermSuggester(SearchSession session, QueryText text) {
		List<String> words = text.words()
			.stream()
			.filter((word) -> word.length() >= 3)
			.distinct()
			.toList();
		if (words.isEmpty()) {
			return null;
		}
		JsonObject suggesters = new JsonObject();
		for (int w = 0; w < words.size(); w++) {
			for (int f = 0; f < FIELDS.length; f++) {
				JsonObject term = new JsonObject();
				term.addProperty("field", FIELDS[f]);
				term.addProperty("suggest_mode", "missing");
				term.addProperty("min_word_length", 3);
				JsonObject suggester = new JsonObject();
				suggester.addProperty("text", words.get(w).toLowerCase(Locale.ROOT));
				suggester.add("term", term);
				suggesters.add("w" + w + "f" + f, suggester);
			}
		}
		try {
			JsonObject answer = session.search(PressRelease.class)
				.extension(ElasticsearchExtension.get())
				.where((f) -> f.matchNone())
				.requestTransformer((request) -> request.body().add("suggest", suggesters))
				.fetch(0)
				.responseBody()
				.getAsJsonObject("suggest");
			String suggested = text.syntax();
			boolean changed = false;
			for (int w = 0; w < words.size(); w++) {
				JsonObject best = null;
				for (int f = 0; f < FIELDS.length; f++) {
					for (JsonElement entry : answer.getAsJsonArray("w" + w + "f" + f)) {
						for (JsonElement option : entry.getAsJsonObject().getAsJsonArray("options")) {
							JsonObject candidate = option.getAsJsonObject();
							if (best == null || score(candidate) > score(best)
									|| (score(candidate) == score(best) && freq(candidate) > freq(best))) {
								best = candidate;
							}
						}
					}
				}
				if (best != null) {
					suggested = suggested.replace(words.get(w), best.get("text").getAsString());
					changed = true;
				}
			}
			return changed ? suggested : null;
		}
		catch (SearchException | IllegalStateException | NullPointerException ex) {
			log.warn("Spelling suggestions failed: {}", ex.getMessage());
			return null;
		}
	}

	private static double score(JsonObject option) {
		return option.get("score").getAsDouble();
	}

	private static long freq(JsonObject option) {
		return option.get("freq").getAsLong();
	}

}
