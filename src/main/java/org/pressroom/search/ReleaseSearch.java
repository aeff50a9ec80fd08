package org.pressroom.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.pressroom.release.PressRelease;
import org.pressroom.release.ReleaseStatus;
import org.pressroom.search.SearchResult.FacetCount;
import org.pressroom.search.SearchResult.Hit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every search of the archive. Public searches see published releases only. Hits, facet counts and the timeline
 * come from the index in one query; no hit is loaded from the database.
 */
@Service
public class ReleaseSearch {

	private static final Logger log = LoggerFactory.getLogger(ReleaseSearch.class);

	private static final int FACET_VALUES = 10;

	/**
	 * How many distinct values of the {@code facets} field a search counts: all of them in any archive of this
	 * kind (people, countries, agreements, topics, types and months), well within OpenSearch's bucket limit.
	 */
	private static final int FACETS_FIELD_VALUES = 50_000;

	/**
	 * Fields a query's words are looked for in besides the body (weight 1), with their weight: a title match
	 * outranks a body match.
	 */
	private static final Map<String, Float> TEXT_FIELDS = Map.of("title", 4f, "summary", 2f,
			"ministers.name", 3f, "ministers.aliases", 3f, "countries.name", 1.5f, "countries.aliases", 1.5f,
			"agreements.title", 2f, "agreements.aliases", 2f, "topics.name", 2f, "issuer", 0.5f);

	private static final String[] NAME_FIELDS = { "ministers.name", "ministers.aliases" };

	private final EntityManager entityManager;

	private final Spelling spelling;

	private final UnknownWords unknownWords;

	private final Snippets snippets;

	private final SearchResultCache cache;

	private final Timer timer;

	private final LocalIndex localIndex;

	ReleaseSearch(EntityManager entityManager, Spelling spelling, UnknownWords unknownWords, Snippets snippets,
			SearchResultCache cache, MeterRegistry meters, LocalIndex localIndex) {
		this.entityManager = entityManager;
		this.spelling = spelling;
		this.unknownWords = unknownWords;
		this.snippets = snippets;
		this.cache = cache;
		this.localIndex = localIndex;
		this.timer = Timer.builder("pressroom.search")
			.description("Searches of the archive, from query to page of hits with facets")
			.register(meters);
	}

	/** One page of published releases matching the query, with facet counts and hits per month. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public org.pressroom.search.SearchResult search(ReleaseQuery query) {
		SearchSession session = Search.session(this.entityManager);
		return this.timer.record(() -> this.cache.get(session, query, () -> run(session, query)));
	}

	private org.pressroom.search.SearchResult run(SearchSession session, ReleaseQuery query) {
		QueryText text = QueryText.of(query.text());
		int page = Math.min(query.page(), org.pressroom.search.SearchResult.MAX_PAGE);
		SearchScope<PressRelease> scope = session.scope(PressRelease.class);
		try {
			// a question typed as a sentence rarely has all its words in one release: then show those with most
			boolean mostWords = text.isQuestionLike() && !anyHasAllWords(session, scope, text, query);
			return run(session, scope, query, text, page, mostWords);
		}
		catch (SearchException ex) {
			log.warn("Search for [{}] failed: {}", query.text(), ex.getMessage());
			return new org.pressroom.search.SearchResult(0, page, List.of(), Map.of(), List.of(), List.of(), null,
					"This search could not be run. Try fewer or simpler words.", false);
		}
	}

	private org.pressroom.search.SearchResult run(SearchSession session, SearchScope<PressRelease> scope,
			ReleaseQuery query, QueryText text, int page, boolean mostWords) {
		AggregationKey<Map<String, Long>> facetsKey = AggregationKey.of("facets");
		SearchPredicate matching = predicate(scope.predicate(), session, text, query, mostWords);
		SearchResult<Hit> result = session.search(scope)
			.select((f) -> f.composite()
				.from(f.field("slug", String.class), f.highlight("title").highlighter("title").single(),
						f.field("published", LocalDate.class), f.field("type", String.class),
						f.highlight("body").highlighter("body"))
				.asArray(this::hit))
			.where(matching)
			.sort((f) -> sort(f, query, text))
			// The encoder is set once for all fields: OpenSearch accepts it only there, not per field
			.highlighter((h) -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML))
			.highlighter("title",
					(h) -> h.unified()
						.tag("<mark>", "</mark>")
						.numberOfFragments(1)
						.noMatchSize(noMatchSize(1000)))
			.highlighter("body",
					(h) -> h.unified()
						.tag("<mark>", "</mark>")
						.numberOfFragments(2)
						.noMatchSize(noMatchSize(240)))
			.aggregation(facetsKey,
					(f) -> f.terms().field("facets", String.class).maxTermCount(FACETS_FIELD_VALUES))
			.fetch(page * ReleaseQuery.PAGE_SIZE, ReleaseQuery.PAGE_SIZE);
		Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
		List<FacetCount> months = new ArrayList<>();
		countsByFacet(result.aggregation(facetsKey), facets, months);
		months.sort(Comparator.comparing(FacetCount::value));
		List<FacetCount> years = years(months);
		long total = result.total().hitCount();
		String suggestion = (text.isEmpty() || total >= 3) ? null : this.spelling.suggest(session, text, query);
		String notice = text.truncated() ? "Your search was shortened to its first " + QueryText.MAX_LENGTH
				+ " characters." : null;
		return new org.pressroom.search.SearchResult(total, page,
				withLateMatchesMarked(session, scope, text, matching, result.hits()), facets, years, months,
				suggestion, notice, mostWords && total > 0);
	}

	/**
	 * The hits, with those whose snippet marks no word highlighted again from the term vectors of their whole body.
	 * The unified highlighter of the Lucene backend reads only a text's first 10,000 characters (Lucene's default,
	 * which the backend does not let one change), and shows the start of a longer body whose matches all lie beyond
	 * them. It picks the better sentences otherwise, and marks words matched loosely, which the fast vector
	 * highlighter does not; OpenSearch's unified highlighter reads a million characters.
	 */
	private List<Hit> withLateMatchesMarked(SearchSession session, SearchScope<PressRelease> scope, QueryText text,
			SearchPredicate matching, List<Hit> hits) {
		List<String> unmarked = hits.stream()
			.filter((hit) -> !hit.snippet().contains("<mark>"))
			.map(Hit::slug)
			.toList();
		if (text.isEmpty() || unmarked.isEmpty() || !this.localIndex.exists()) {
			return hits;
		}
		Map<String, String> snippets = session.search(scope)
			.select((f) -> f.composite().from(f.field("slug", String.class), f.highlight("body")).as(Map::entry))
			.where((f) -> f.bool()
				.must(matching)
				.filter(f.terms().field("slug").matchingAny(unmarked)))
			.highlighter((h) -> h.fastVector()
				.tag("<mark>", "</mark>")
				.encoder(HighlighterEncoder.HTML)
				.boundaryScanner((b) -> b.sentence())
				.fragmentSize(100)
				// one: the fragments around two matches in one sentence would both grow to that whole sentence
				.numberOfFragments(1)
				.orderByScore(true))
			.fetchHits(unmarked.size())
			.stream()
			.filter((passages) -> !passages.getValue().isEmpty())
			.collect(Collectors.toMap(Map.Entry::getKey, (passages) -> this.snippets.of(passages.getValue())));
		return hits.stream()
			.map((hit) -> snippets.containsKey(hit.slug()) ? new Hit(hit.slug(), hit.title(), hit.published(),
					hit.type(), snippets.get(hit.slug())) : hit)
			.toList();
	}

	/** How many published releases a query matches, without hits or facets. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long count(ReleaseQuery query) {
		SearchSession session = Search.session(this.entityManager);
		SearchScope<PressRelease> scope = session.scope(PressRelease.class);
		return session.search(scope)
			.where(predicate(scope.predicate(), session, QueryText.of(query.text()), query))
			.fetchTotalHitCount();
	}

	/**
	 * Hands every published release matching the query to {@code each}, in the query's order, loading them from
	 * the database in chunks and forgetting each chunk before the next: constant memory for any number of matches.
	 * Runs in the caller's transaction.
	 */
	public void forEach(ReleaseQuery query, Consumer<PressRelease> each) {
		SearchSession session = Search.session(this.entityManager);
		SearchScope<PressRelease> scope = session.scope(PressRelease.class);
		QueryText text = QueryText.of(query.text());
		try (SearchScroll<PressRelease> scroll = session.search(scope)
			.where(predicate(scope.predicate(), session, text, query))
			.sort((f) -> sort(f, query, text))
			.scroll(200)) {
			for (SearchScrollResult<PressRelease> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
				chunk.hits().forEach(each);
				this.entityManager.clear();
			}
		}
	}

	/**
	 * How much of a title or body without a match a hit shows. OpenSearch cuts the text to this size; Lucene's
	 * unified highlighter shows the first passage whatever the size, and warns at each search unless asked for all.
	 */
	private int noMatchSize(int size) {
		return this.localIndex.exists() ? Integer.MAX_VALUE : size;
	}

	/** Total number of documents in the index, whatever their status: zero means it needs building. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long indexedDocuments() {
		SearchSession session = Search.session(this.entityManager);
		return session.search(PressRelease.class).where((f) -> f.matchAll()).fetchTotalHitCount();
	}

	/** The sum of the release ids in the index: beside their count, whether it has the database's releases. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long indexedIdSum() {
		AggregationKey<Long> sum = AggregationKey.of("idSum");
		Long value = Search.session(this.entityManager)
			.search(PressRelease.class)
			.where((f) -> f.matchAll())
			.aggregation(sum, (f) -> f.sum().field("id", Long.class))
			.fetch(0)
			.aggregation(sum);
		return (value != null) ? value : 0;
	}

	/** How many documents the index has with this version of its fields ({@link PressRelease#INDEX_VERSION}). */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long indexedDocuments(int version) {
		SearchSession session = Search.session(this.entityManager);
		return session.search(PressRelease.class)
			.where((f) -> f.match().field("indexVersion").matching(version))
			.fetchTotalHitCount();
	}

	private SearchPredicate predicate(SearchPredicateFactory f, SearchSession session, QueryText text,
			ReleaseQuery query) {
		return predicate(f, session, text, query, false);
	}

	/**
	 * The published releases that match the query's filters and its words: all of them, or with {@code mostWords}
	 * at least half of them.
	 */
	private SearchPredicate predicate(SearchPredicateFactory f, SearchSession session, QueryText text,
			ReleaseQuery query, boolean mostWords) {
		List<String> unknown = this.unknownWords.of(session, text);
		return f.bool((b) -> {
			b.filter(filters(f, query));
			if (text.isEmpty()) {
				b.must(f.matchAll());
				return;
			}
			var matching = f.bool().should(mostWords ? mostOf(f, text.meaningfulWords()) : allOf(f, text.syntax()));
			if (!unknown.isEmpty()) {
				// a misspelt name still finds its person: "Verlindan", "Patell"
				matching = matching.should(f.match()
					.fields(NAME_FIELDS)
					.matching(String.join(" ", unknown).toLowerCase(Locale.ROOT))
					.fuzzy(1, 1)
					.boost(0.5f));
			}
			b.must(matching);
			if (text.isPlainPhrase()) {
				// the words as a phrase outrank the same words scattered
				b.should(f.phrase().field("title").boost(6f).field("body").boost(2f).matching(text.joinedWords()));
			}
		}).toPredicate();
	}

	/** The published releases that pass the query's filters and dates. */
	private static SearchPredicate filters(SearchPredicateFactory f, ReleaseQuery query) {
		return f.bool((b) -> {
			b.filter(f.match().field("status").matching(ReleaseStatus.PUBLISHED));
			for (Facet facet : Facet.values()) {
				for (String value : query.values(facet)) {
					b.filter(f.match().field(facet.filterField()).matching(facet.normalize(value)));
				}
			}
			if (query.from() != null || query.to() != null) {
				b.filter(f.range().field("published").between(query.from(), query.to()));
			}
		}).toPredicate();
	}

	/** Whether a release that passes the filters has every word, as written (not loosely, as a name). */
	private static boolean anyHasAllWords(SearchSession session, SearchScope<PressRelease> scope, QueryText text,
			ReleaseQuery query) {
		return session.search(scope)
			.where((f) -> f.bool().filter(filters(f, query)).must(allOf(f, text.syntax())))
			.fetchTotalHitCount() > 0;
	}

	/** Releases with all the words of a query in the simple query syntax, in any of the text fields. */
	private static SearchPredicate allOf(SearchPredicateFactory f, String syntax) {
		var fields = f.simpleQueryString().field("body");
		for (Map.Entry<String, Float> field : TEXT_FIELDS.entrySet()) {
			fields = fields.field(field.getKey()).boost(field.getValue());
		}
		return fields.matching(syntax)
			.defaultOperator(BooleanOperator.AND)
			.flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
					SimpleQueryFlag.WHITESPACE)
			.toPredicate();
	}

	/**
	 * Releases with at least half the words (rounded up), each one looked for on its own: one boolean predicate,
	 * whose minimum both backends count alike.
	 */
	private static SearchPredicate mostOf(SearchPredicateFactory f, List<String> words) {
		var some = f.bool();
		words.forEach((word) -> some.should(allOf(f, word)));
		return some.minimumShouldMatchNumber((words.size() + 1) / 2).toPredicate();
	}

	private SortFinalStep sort(SearchSortFactory f, ReleaseQuery query, QueryText text) {
		if (query.newest() || text.isEmpty()) {
			return f.field("published").desc().then().score();
		}
		return f.score().then().field("published").desc();
	}

	/**
	 * Sorts the counts of the {@code facets} field's values ({@code minister␞slug␟Name}, {@code month␞2022-03}),
	 * most frequent first, into the ten most frequent values of each facet and every month.
	 */
	private static void countsByFacet(Map<String, Long> counts, Map<Facet, List<FacetCount>> facets,
			List<FacetCount> months) {
		for (Facet facet : Facet.values()) {
			facets.put(facet, new ArrayList<>());
		}
		counts.forEach((key, count) -> {
			int prefixEnd = key.indexOf('\u001e');
			String prefix = key.substring(0, prefixEnd);
			String value = key.substring(prefixEnd + 1);
			if (prefix.equals("month")) {
				months.add(new FacetCount(value, value, count));
				return;
			}
			List<FacetCount> list = facets.get(Facet.of(prefix));
			if (list != null && list.size() < FACET_VALUES) {
				int separator = value.indexOf('\u001f');
				list.add((separator < 0) ? new FacetCount(value, value, count)
						: new FacetCount(value.substring(0, separator), value.substring(separator + 1), count));
			}
		});
	}

	/** Matches per year, oldest first, summed from the matches per month ({@code 2022-03}). */
	private static List<FacetCount> years(List<FacetCount> months) {
		Map<String, Long> years = new TreeMap<>();
		months.forEach((month) -> years.merge(month.value().substring(0, 4), month.count(), Long::sum));
		List<FacetCount> list = new ArrayList<>();
		years.forEach((year, count) -> list.add(new FacetCount(year, year, count)));
		return list;
	}

	@SuppressWarnings("unchecked")
	private Hit hit(Object[] values) {
		List<String> snippets = (List<String>) values[4];
		String title = (String) values[1];
		return new Hit((String) values[0], title, (LocalDate) values[2], (String) values[3],
				this.snippets.of(snippets));
	}

}
