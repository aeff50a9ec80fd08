package org.pressroom.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.validation.Validator;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.pressroom.Slugs;
import org.pressroom.agreement.Agreement;
import org.pressroom.country.Country;
import org.pressroom.ingest.clean.ForeignFragment;
import org.pressroom.ingest.link.EntityLinker;
import org.pressroom.ingest.link.NameDirectory;
import org.pressroom.ingest.read.ImportFile;
import org.pressroom.ingest.read.ImportFileException;
import org.pressroom.ingest.read.ImportFormat;
import org.pressroom.ingest.read.ImportOptions;
import org.pressroom.ingest.read.ImportRecord;
import org.pressroom.ingest.read.ParsedRecord;
import org.pressroom.ingest.read.SafeText;
import org.pressroom.minister.Minister;
import org.pressroom.release.PressRelease;
import org.pressroom.release.Quote;
import org.pressroom.search.IndexFeed;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports releases from files of any {@link ImportFormat}: cleans their text, links what they name and stores them
 * in batches of one transaction each, so that an import stopped midway leaves only whole batches behind. A release
 * already in the archive (same source URL, or else same title and date) is updated or left alone, never
 * duplicated, so an import can simply be run again. The command line, the upload page, the API and the sample
 * archive all import through here.
 */
@Service
public class ReleaseImporter {

	static final int BATCH_SIZE = 200;

	private static final Logger log = LoggerFactory.getLogger(ReleaseImporter.class);

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final Validator validator;

	/** Whether the index is fed through the database (outbox polling) rather than straight from each transaction. */
	private final boolean indexedThroughDatabase;

	ReleaseImporter(EntityManager entityManager, TransactionTemplate transactions, Validator validator,
			Environment environment) {
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.validator = validator;
		this.indexedThroughDatabase = IndexFeed.throughDatabase(environment);
	}

	/**
	 * Imports the files one after the other, reporting each release handled (stored or failed) to
	 * {@code progress}. A file that cannot be read fails as a whole (line 0) and the others still import.
	 */
	public ImportSummary importFiles(List<ImportFile> files, ImportOptions options, IntConsumer progress) {
		ImportSummary summary = new ImportSummary();
		for (ImportFile file : files) {
			try (BufferedReader reader = SafeText.reader(file.opener().open())) {
				summary.add(importAll(file.format().read(file.name(), reader, options), options, progress));
			}
			catch (ImportFileException ex) {
				summary.fail(file.name(), 0, ex.getMessage());
				progress.accept(1);
			}
			catch (IOException ex) {
				summary.fail(file.name(), 0, SafeText.reason(ex));
				progress.accept(1);
			}
			catch (UncheckedIOException ex) {
				summary.fail(file.name(), 0, SafeText.reason(ex.getCause()));
				progress.accept(1);
			}
		}
		return summary;
	}

	/**
	 * Imports every record, reporting each one handled (stored or failed) to {@code progress}.
	 */
	public ImportSummary importAll(Iterator<ParsedRecord> records, ImportOptions options, IntConsumer progress) {
		ImportSummary summary = new ImportSummary();
		NameDirectory names = this.transactions.execute((tx) -> new NameDirectory(this.entityManager));
		BulkIndexing indexing = new BulkIndexing(!this.indexedThroughDatabase,
				Search.mapping(this.entityManager.getEntityManagerFactory()).scope(PressRelease.class).workspace());
		TakenSlugs slugs = new TakenSlugs();
		try (PreparingReader batches = new PreparingReader(records, names, this.validator, BATCH_SIZE)) {
			while (batches.hasNext()) {
				List<PreparedRecord> batch = batches.next();
				List<PreparedRecord.Ready> ready = new ArrayList<>(batch.size());
				for (PreparedRecord record : batch) {
					if (record instanceof PreparedRecord.Rejected rejected) {
						summary.fail(rejected.source(), rejected.line(), rejected.reason());
					}
					else {
						ready.add((PreparedRecord.Ready) record);
					}
				}
				if (!ready.isEmpty()) {
					storeBatch(ready, names, slugs, options, indexing, summary);
				}
				progress.accept(batch.size());
			}
			nameAsMostOftenRead(names, indexing);
		}
		finally {
			indexing.await();
		}
		return summary;
	}

	private void storeBatch(List<PreparedRecord.Ready> batch, NameDirectory names, TakenSlugs slugs,
			ImportOptions options, BulkIndexing indexing, ImportSummary summary) {
		try {
			ImportSummary stored = this.transactions.execute((tx) -> {
				indexing.join(this.entityManager);
				ImportSummary result = new ImportSummary();
				Batch current = new Batch(batch, slugs);
				batch.forEach((record) -> result.count(store(record, names, options, current, result::warn)));
				current.loadLinked();
				return result;
			});
			summary.add(stored);
		}
		catch (RuntimeException ex) {
			// One bad record spoils its batch, which rolls back whole: store it again one record at a time to
			// find the bad one and keep the rest.
			names.reload();
			slugs.forget();
			for (PreparedRecord.Ready record : batch) {
				try {
					ImportSummary one = new ImportSummary();
					one.count(this.transactions
						.execute((tx) -> store(record, names, options, new Batch(List.of(record), slugs), one::warn)));
					summary.add(one);
				}
				catch (RuntimeException recordFailure) {
					names.reload();
					slugs.forget();
					log.debug("Could not import {} line {}", record.record().source(), record.record().line(),
							recordFailure);
					summary.fail(record.record().source(), record.record().line(), reason(recordFailure));
				}
			}
		}
	}

	/**
	 * Renames the people the import created to the full name their texts use most, keeping the first one as an
	 * alias, with a slug made from the new name. Their releases are indexed again with both.
	 */
	private void nameAsMostOftenRead(NameDirectory names, BulkIndexing indexing) {
		Map<Long, String> renamed = names.namesMostOftenRead();
		if (renamed.isEmpty()) {
			return;
		}
		this.transactions.executeWithoutResult((tx) -> {
			indexing.join(this.entityManager);
			List<Minister> ministers = this.entityManager
				.createQuery("select m from Minister m left join fetch m.aliases where m.id in :ids", Minister.class)
				.setParameter("ids", renamed.keySet())
				.getResultList();
			for (Minister minister : ministers) {
				String name = renamed.get(minister.getId());
				if (!minister.isReviewed()) {
					minister.rename(name, names.slugOfRenamed(minister, name));
				}
			}
		});
	}

	private ImportSummary.ImportOutcome store(PreparedRecord.Ready ready, NameDirectory names, ImportOptions options,
			Batch batch, Consumer<ImportSummary.Warning> warnings) {
		// Queries below must not flush the batch's pending inserts one by one: the batch keeps its own identities
		this.entityManager.setFlushMode(FlushModeType.COMMIT);
		ImportRecord record = ready.record();
		String title = ready.title();
		String body = ready.body();
		String sourceUrl = ready.sourceUrl();
		PressRelease existing = batch.find(sourceUrl, title, record.published());
		// A release stored with this very text keeps what its text linked: linked again, against the names an import
		// has learned since, it could link otherwise, and importing the same file twice must change nothing
		boolean sameText = existing != null && title.equals(existing.getTitle()) && body.equals(existing.getBody());
		EntityLinker.Links links = sameText ? null
				: new EntityLinker(names).link(ready.analysis(), record.published(), options.extract());
		ImportSummary.ImportOutcome outcome;
		PressRelease release;
		if (existing == null) {
			release = new PressRelease(batch.uniqueSlug(title), title, body, record.published());
			release.setSourceUrl(sourceUrl);
			apply(record, title, body, sourceUrl, links, release, names);
			this.entityManager.persist(release);
			batch.addCreated(release);
			outcome = ImportSummary.ImportOutcome.IMPORTED;
		}
		else {
			release = existing;
			outcome = apply(record, title, body, sourceUrl, links, release, names)
					? ImportSummary.ImportOutcome.UPDATED : ImportSummary.ImportOutcome.SKIPPED;
		}
		if (storeWarnings(release, ready.fragments(), outcome == ImportSummary.ImportOutcome.IMPORTED, batch)
				&& outcome == ImportSummary.ImportOutcome.SKIPPED) {
			outcome = ImportSummary.ImportOutcome.UPDATED;
		}
		ready.fragments()
			.forEach((fragment) -> warnings.accept(new ImportSummary.Warning(record.source(), record.line(), title,
					fragment.text(), fragment.script(), fragment.context())));
		return outcome;
	}

	/**
	 * Copies the record and what its text links to ({@code links}, or null to keep what the release's text linked
	 * before) onto the release; true if anything changed.
	 */
	private boolean apply(ImportRecord record, String title, String body, String sourceUrl, EntityLinker.Links links,
			PressRelease release, NameDirectory names) {
		EntityLinker.Links textLinks = (links != null) ? links : EntityLinker.Links.NONE;
		boolean changed = false;
		changed |= set(release.getTitle(), title, release::setTitle);
		changed |= set(release.getBody(), body, release::setBody);
		changed |= set(release.getPublished(), record.published(), release::setPublished);
		changed |= set(release.getSummary(), record.summary(), release::setSummary);
		changed |= set(release.getIssuer(), record.issuer(), release::setIssuer);
		changed |= set(release.getType(), record.type(), release::setType);
		changed |= set(release.getLanguage(), record.language(), release::setLanguage);
		changed |= set(release.getSourceUrl(), sourceUrl, release::setSourceUrl);
		changed |= set(release.getLicence(), record.licence(), release::setLicence);
		if (record.country() != null && release.getIssuingCountry() == null) {
			release.setIssuingCountry(names.country(record.country()).orElse(null));
			changed |= release.getIssuingCountry() != null;
		}
		Set<Long> countries = new HashSet<>();
		for (String country : record.countries()) {
			names.countryId(country).ifPresent(countries::add);
		}
		countries.addAll(textLinks.countries());
		for (Long country : countries) {
			changed |= release.getCountries().add(names.countryReference(country));
		}
		for (String minister : record.ministers()) {
			Long id = names.ministerId(minister)
				.or(() -> names.similarMinister(minister))
				.orElseGet(() -> names.createMinister(minister, null));
			changed |= release.getMinisters().add(names.ministerReference(id));
		}
		for (Long minister : textLinks.ministers()) {
			changed |= release.getMinisters().add(names.ministerReference(minister));
		}
		for (String agreement : record.agreements()) {
			Long id = names.similarAgreement(agreement, countries).orElseGet(() -> names.agreement(agreement).getId());
			changed |= release.getAgreements().add(this.entityManager.getReference(
					Agreement.class, id));
		}
		for (Long agreement : textLinks.agreements()) {
			changed |= release.getAgreements().add(this.entityManager.getReference(
					Agreement.class, agreement));
		}
		for (String topic : record.topics()) {
			changed |= release.getTopics().add(names.topic(topic));
		}
		if (links != null) {
			changed |= setQuotes(release, links.quotes(), names);
		}
		return changed;
	}

	private boolean setQuotes(PressRelease release, List<EntityLinker.QuoteLink> quotes, NameDirectory names) {
		List<EntityLinker.QuoteLink> current = release.getQuotes()
			.stream()
			.map((quote) -> new EntityLinker.QuoteLink(quote.getSpeaker(),
					(quote.getMinister() != null) ? quote.getMinister().getId() : null, quote.getText()))
			.toList();
		if (current.equals(quotes)) {
			return false;
		}
		release.getQuotes().clear();
		quotes.forEach((quote) -> release.getQuotes()
			.add(new Quote(quote.speaker(), (quote.minister() != null) ? names.ministerReference(quote.minister()) : null,
					quote.text())));
		return true;
	}

	/** Replaces the release's translation warnings if they changed; true if they did. */
	private boolean storeWarnings(PressRelease release, List<ForeignFragment> fragments, boolean isNew, Batch batch) {
		if (!isNew) {
			List<TranslationWarning> stored = batch.warningsOf(release);
			List<ForeignFragment> storedFragments = stored.stream()
				.map((w) -> new ForeignFragment(w.getFragment(), w.getScript(), w.getContext()))
				.toList();
			if (storedFragments.equals(fragments)) {
				return false;
			}
			stored.forEach(this.entityManager::remove);
		}
		fragments.forEach((fragment) -> this.entityManager.persist(new TranslationWarning(release, fragment)));
		return !fragments.isEmpty() || !isNew;
	}

	private static <T> boolean set(T current, T value, Consumer<T> setter) {
		if (value == null || Objects.equals(current, value)) {
			return false;
		}
		setter.accept(value);
		return true;
	}

	private static String reason(RuntimeException ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return (message != null) ? message.lines().findFirst().orElse(message) : cause.getClass().getSimpleName();
	}

	/**
	 * A batch's view of the archive: the releases its records already have there (by source URL, or else title and
	 * date), their translation warnings and the slugs taken, each looked up with one query for the whole batch; and
	 * the releases the batch creates, so that the same release twice in one batch is still one release and two titles
	 * alike get different slugs.
	 */
	private final class Batch {

		private final Map<String, PressRelease> byIdentity = new HashMap<>();

		private final List<PressRelease> created = new ArrayList<>();

		private final TakenSlugs slugs;

		/** The translation warnings of the releases the archive already has, by release id. */
		private final Map<Long, List<TranslationWarning>> warnings = new HashMap<>();

		Batch(List<PreparedRecord.Ready> records, TakenSlugs slugs) {
			this.slugs = slugs;
			findExisting(records);
			findWarnings();
			findSlugs(records);
		}

		private void findExisting(List<PreparedRecord.Ready> records) {
			Set<String> urls = new HashSet<>();
			Set<String> titles = new HashSet<>();
			records.forEach((record) -> {
				if (record.sourceUrl() != null) {
					urls.add(record.sourceUrl());
				}
				else {
					titles.add(record.title());
				}
			});
			if (!urls.isEmpty()) {
				entityManager.createQuery("select r from PressRelease r where r.sourceUrl in :urls order by r.id desc",
						PressRelease.class)
					.setParameter("urls", urls)
					.getResultList()
					.forEach(this::add);
			}
			if (!titles.isEmpty()) {
				Set<String> wanted = new HashSet<>();
				records.forEach((record) -> wanted.add(identity(null, record.title(), record.record().published())));
				entityManager.createQuery("select r from PressRelease r where r.title in :titles order by r.id desc",
						PressRelease.class)
					.setParameter("titles", titles)
					.getResultList()
					.stream()
					.filter((release) -> wanted.contains(identity(null, release.getTitle(), release.getPublished())))
					.forEach(this::add);
			}
		}

		private void findWarnings() {
			if (this.byIdentity.isEmpty()) {
				return;
			}
			entityManager
				.createQuery("select w from TranslationWarning w where w.release in :releases order by w.id",
						TranslationWarning.class)
				.setParameter("releases", new HashSet<>(this.byIdentity.values()))
				.getResultList()
				.forEach((warning) -> this.warnings
					.computeIfAbsent(warning.getRelease().getId(), (id) -> new ArrayList<>())
					.add(warning));
		}

		/** The warnings stored for a release the archive already had, oldest first. */
		List<TranslationWarning> warningsOf(PressRelease release) {
			return this.warnings.getOrDefault(release.getId(), List.of());
		}

		/**
		 * The slugs taken of the slugs of the titles new to the archive (a release it has keeps its slug) and their
		 * numbered variants ("title", "title-2", ...): one query for the slugs the import has not asked about yet, and
		 * one for the numbered variants of each slug found taken for the first time in the import (later ones are the
		 * import's own).
		 */
		private void findSlugs(List<PreparedRecord.Ready> records) {
			Set<String> bases = new HashSet<>();
			records.stream()
				.filter((record) -> find(record.sourceUrl(), record.title(), record.record().published()) == null)
				.forEach((record) -> bases.add(Slugs.of(record.title())));
			Set<String> unknown = this.slugs.unasked(bases);
			if (!unknown.isEmpty()) {
				this.slugs.taken(entityManager
					.createQuery("select r.slug from PressRelease r where r.slug in :slugs", String.class)
					.setParameter("slugs", unknown)
					.getResultList());
			}
			for (String base : this.slugs.firstTaken(bases)) {
				this.slugs.taken(entityManager
					.createQuery("select r.slug from PressRelease r where r.slug like :numbered", String.class)
					.setParameter("numbered", base + "-%")
					.getResultList());
			}
		}

		PressRelease find(String sourceUrl, String title, LocalDate published) {
			return this.byIdentity.get(identity(sourceUrl, title, published));
		}

		/** A slug of the title that no release has: "title", else "title-2", "title-3"... */
		String uniqueSlug(String title) {
			return this.slugs.free(Slugs.of(title));
		}

		/**
		 * Loads what the batch's releases link to, with the names and aliases the index needs of them, in one query
		 * per kind: the index would otherwise load them one by one as it builds each release's document.
		 */
		void loadLinked() {
			Set<Long> ministers = new HashSet<>();
			Set<Long> countries = new HashSet<>();
			for (PressRelease release : this.created) {
				release.getMinisters().forEach((minister) -> ministers.add(minister.getId()));
				release.getQuotes()
					.stream()
					.filter((quote) -> quote.getMinister() != null)
					.forEach((quote) -> ministers.add(quote.getMinister().getId()));
				release.getCountries().forEach((country) -> countries.add(country.getId()));
			}
			if (!ministers.isEmpty()) {
				entityManager.createQuery("select m from Minister m left join fetch m.aliases where m.id in :ids",
						Minister.class)
					.setParameter("ids", ministers)
					.getResultList();
			}
			if (!countries.isEmpty()) {
				entityManager.createQuery("select c from Country c left join fetch c.aliases where c.id in :ids",
						Country.class)
					.setParameter("ids", countries)
					.getResultList();
			}
		}

		void add(PressRelease release) {
			// a release found twice (by URL and by title) keeps the first, newest one
			this.byIdentity.putIfAbsent(identity(release.getSourceUrl(), release.getTitle(), release.getPublished()),
					release);
			if (release.getSourceUrl() != null) {
				this.byIdentity.putIfAbsent(identity(null, release.getTitle(), release.getPublished()), release);
			}
			this.slugs.taken(List.of(release.getSlug()));
		}

		void addCreated(PressRelease release) {
			add(release);
			this.created.add(release);
		}

		private static String identity(String sourceUrl, String title, LocalDate published) {
			return (sourceUrl != null) ? "url:" + sourceUrl : "title:" + title + "|" + published;
		}

	}

	/**
	 * The slugs an import knows to be taken, so that each title's slug is looked up once per import rather than
	 * once per release: an import of many releases with alike titles ("Readout of ...") would otherwise ask for
	 * "title", "title-2", ... again and again.
	 */
	private static final class TakenSlugs {

		private final Set<String> asked = new HashSet<>();

		private final Set<String> scanned = new HashSet<>();

		private final Set<String> taken = new HashSet<>();

		/** The first number to try for each slug taken, past those found taken before. */
		private final Map<String, Integer> nextNumber = new HashMap<>();

		/** Those of these slugs the import has not asked the database about; they count as asked from now on. */
		Set<String> unasked(Set<String> slugs) {
			Set<String> unasked = new HashSet<>();
			slugs.stream().filter(this.asked::add).forEach(unasked::add);
			return unasked;
		}

		/** Those of these slugs that are taken and whose numbered variants the import has not looked up yet. */
		List<String> firstTaken(Set<String> slugs) {
			return slugs.stream().filter(this.taken::contains).filter(this.scanned::add).toList();
		}

		void taken(List<String> slugs) {
			this.taken.addAll(slugs);
		}

		/**
		 * The slug, or else its first numbered variant not taken. Numbers found taken are not tried again: an import
		 * of many alike titles would otherwise try them all for each release.
		 */
		String free(String slug) {
			if (!this.taken.contains(slug)) {
				return slug;
			}
			int n = this.nextNumber.getOrDefault(slug, 2);
			while (this.taken.contains(slug + "-" + n)) {
				n++;
			}
			this.nextNumber.put(slug, n);
			return slug + "-" + n;
		}

		/** Forgets all: after a rollback, what the import created is gone, and others may have taken slugs. */
		void forget() {
			this.asked.clear();
			this.scanned.clear();
			this.taken.clear();
			this.nextNumber.clear();
		}

	}

}
