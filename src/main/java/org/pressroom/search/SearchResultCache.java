package org.pressroom.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Recent search results, each kept for as long as the Lucene index is unchanged: a result is filed under its query
 * and the segments of the index it was computed from, so any change to the index (a new, edited or deleted
 * release) makes every older entry unreachable. Popular searches and the pages of one search then cost a lookup
 * instead of scoring and counting facets over every match. On OpenSearch nothing is cached here; OpenSearch keeps
 * its own request cache.
 */
@Component
class SearchResultCache {

	private final Cache<Key, SearchResult> results;

	private final LocalIndex index;

	SearchResultCache(LocalIndex index, @Value("${pressroom.search.cache-size:1000}") int size) {
		this.index = index;
		this.results = Caffeine.newBuilder().maximumSize(size).build();
	}

	private record Key(ReleaseQuery query, List<Object> segments) {
	}

	/** The cached result of {@code query}, or the one {@code search} computes (once, however many ask). */
	SearchResult get(SearchSession session, ReleaseQuery query, Supplier<SearchResult> search) {
		List<Object> segments = this.index.exists() ? segments(session) : null;
		if (segments == null) {
			return search.get();
		}
		return this.results.get(new Key(query, segments), (key) -> search.get());
	}

	/**
	 * The identity of every segment of the index as it is now, deletions included; null when the index is not a
	 * local Lucene index.
	 */
	private List<Object> segments(SearchSession session) {
		try (IndexReader reader = this.index.open(session)) {
			List<Object> segments = new ArrayList<>();
			for (LeafReaderContext leaf : reader.leaves()) {
				IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
				if (helper == null) {
					return null;
				}
				segments.add(helper.getKey());
			}
			return segments;
		}
		catch (IOException ex) {
			return null; // only closing the reader can fail here; search without the cache
		}
	}

}
