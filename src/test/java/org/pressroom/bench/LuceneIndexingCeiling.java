package org.pressroom.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ceiling of any import: how fast Lucene alone indexes releases with the fields the search page needs (the
 * English analysis of title, summary and body, the body's term vectors with positions and offsets for highlighting,
 * stored text, the names of linked people, countries, agreements and topics, and doc values for the date and the
 * facets), with nothing read from or written to a database, nothing cleaned and nothing linked: the JSON is parsed
 * and the documents built by the indexing threads themselves.
 *
 * <p>
 * Usage: {@code LuceneIndexingCeiling RELEASES.jsonl [THREADS] [without-term-vectors]} (default 2 threads, term
 * vectors on); prints releases per second. Without term vectors it shows what they cost, not an index the search
 * page could highlight as fast.
 */
public final class LuceneIndexingCeiling {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LuceneIndexingCeiling() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("Usage: LuceneIndexingCeiling RELEASES.jsonl [THREADS] [without-term-vectors]");
			System.exit(2);
		}
		Path file = Path.of(args[0]);
		int threads = (args.length > 1) ? Integer.parseInt(args[1]) : 2;
		boolean termVectors = !(args.length > 2 && args[2].equals("without-term-vectors"));
		FieldType highlighted = highlighted(termVectors);
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		Path index = Files.createTempDirectory("lucene-ceiling");
		IndexWriterConfig config = new IndexWriterConfig(analyzer()).setRAMBufferSizeMB(256);
		long start = System.nanoTime();
		try (FSDirectory directory = FSDirectory.open(index); IndexWriter writer = new IndexWriter(directory, config)) {
			AtomicInteger next = new AtomicInteger();
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			List<Future<?>> work = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				work.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < lines.size(); i = next.getAndIncrement()) {
						writer.addDocument(document(JSON.readTree(lines.get(i)), i, highlighted));
					}
					return null;
				}));
			}
			for (Future<?> done : work) {
				done.get();
			}
			pool.shutdown();
			writer.commit();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("Lucene alone indexed %d releases in %.1f s with %d thread(s)%s: %.0f releases/s%n",
				lines.size(), seconds, threads, termVectors ? "" : ", without term vectors", lines.size() / seconds);
		deleteAll(index);
	}

	private static Document document(JsonNode release, long id, FieldType highlighted) {
		Document document = new Document();
		document.add(new StringField("slug", "release-" + id, Field.Store.YES));
		document.add(new Field("title", release.path("title").asString(""), highlighted));
		document.add(new TextField("titleWords", release.path("title").asString(""), Field.Store.NO));
		document.add(new TextField("summary", release.path("summary").asString(""), Field.Store.YES));
		document.add(new Field("body", release.path("body").asString(""), highlighted));
		document.add(new TextField("issuer", release.path("issuer").asString(""), Field.Store.YES));
		long day = LocalDate.parse(release.path("published").asString("2020-01-01")).toEpochDay();
		document.add(new LongPoint("published", day));
		document.add(new NumericDocValuesField("published", day));
		document.add(new StoredField("published", day));
		document.add(new NumericDocValuesField("id", id));
		addNames(document, release, "ministers", "ministers.name");
		addNames(document, release, "countries", "countries.name");
		addNames(document, release, "agreements", "agreements.title");
		addNames(document, release, "topics", "topics.name");
		return document;
	}

	/** Each linked name as text to search and as a facet value, as a release's document carries them. */
	private static void addNames(Document document, JsonNode release, String list, String field) {
		for (JsonNode name : release.path(list)) {
			document.add(new TextField(field, name.asString(), Field.Store.NO));
			document.add(new SortedSetDocValuesField("facets", new BytesRef(list + ":" + name.asString())));
		}
	}

	/** The title and body as the search page highlights them: the text stored, with term vectors. */
	private static FieldType highlighted(boolean termVectors) {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
		type.setStoreTermVectors(termVectors);
		type.setStoreTermVectorPositions(termVectors);
		type.setStoreTermVectorOffsets(termVectors);
		type.freeze();
		return type;
	}

	/** The English analysis of the search index ({@code search.LuceneAnalysis}); "titleWords" unstemmed. */
	private static Analyzer analyzer() {
		Analyzer english = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new StandardTokenizer();
				TokenStream stream = new EnglishPossessiveFilter(tokenizer);
				stream = new LowerCaseFilter(stream);
				stream = new ASCIIFoldingFilter(stream);
				stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
				return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
			}
		};
		return new PerFieldAnalyzerWrapper(english, Map.of("titleWords", new StandardAnalyzer()));
	}

	private static void deleteAll(Path directory) throws IOException {
		try (var paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

}
