package org.pressroom.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.pressroom.Slugs;
import org.pressroom.release.PressRelease;
import org.pressroom.release.Quote;
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

	ReleaseImporter(EntityManager entityManager, TransactionTemplate transactions) {
		this.entityManager = entityManager;
		this.transactions = transactions;
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
		List<ImportRecord> batch = new ArrayList<>(BATCH_SIZE);
		while (records.hasNext()) {
			ParsedRecord parsed = records.next();
			if (parsed instanceof ParsedRecord.Invalid invalid) {
				summary.fail(invalid.source(), invalid.line(), invalid.reason());
				progress.accept(1);
			}
			else if (parsed instanceof ParsedRecord.Valid valid) {
				batch.add(valid.record());
				if (batch.size() == BATCH_SIZE) {
					storeBatch(batch, names, options, summary, progress);
					batch.clear();
				}
			}
		}
		if (!batch.isEmpty()) {
			storeBatch(batch, names, options, summary, progress);
		}
		return summary;
	}

	private void storeBatch(List<ImportRecord> batch, NameDirectory names, ImportOptions options,
			ImportSummary summary, IntConsumer progress) {
		try {
			ImportSummary stored = this.transactions.execute((tx) -> {
				ImportSummary result = new ImportSummary();
				Batch current = new Batch();
				batch.forEach((record) -> result.count(store(record, names, options, current, result::warn)));
				return result;
			});
			summary.add(stored);
		}
		catch (RuntimeException ex) {
			// One bad record spoils its batch, which rolls back whole: store it again one record at a time to
			// find the bad one and keep the rest.
			names.reload();
			for (ImportRecord record : batch) {
				try {
					ImportSummary one = new ImportSummary();
					one.count(this.transactions
						.execute((tx) -> store(record, names, options, new Batch(), one::warn)));
					summary.add(one);
				}
				catch (RuntimeException recordFailure) {
					names.reload();
					log.debug("Could not import {} line {}", record.source(), record.line(), recordFailure);
					summary.fail(record.source(), record.line(), reason(recordFailure));
				}
			}
		}
		progress.accept(batch.size());
	}

	private ImportSummary.ImportOutcome store(ImportRecord record, NameDirectory names, ImportOptions options,
			Batch batch, Consumer<ImportSummary.Warning> warnings) {
		// Queries below must not flush the batch's pending inserts one by one: the batch keeps its own identities
		this.entityManager.setFlushMode(FlushModeType.COMMIT);
		TextCleaner.Cleaned cleaned = TextCleaner.clean(record.title(), record.body());
		String title = TextCleaner.normalise(record.title()).strip();
		String sourceUrl = (record.sourceUrl() != null) ? record.sourceUrl() : cleaned.sourceUrl();
		if (cleaned.body().isBlank()) {
			throw new IllegalArgumentException("nothing left of the body after removing scraping debris");
		}
		EntityLinker.Links links = new EntityLinker(names).link(title, cleaned.body(), record.published(),
				options.extract());
		PressRelease existing = batch.find(sourceUrl, title, record.published());
		if (existing == null) {
			existing = findExisting(sourceUrl, title, record);
		}
		ImportSummary.ImportOutcome outcome;
		PressRelease release;
		if (existing == null) {
			release = new PressRelease(uniqueSlug(title, batch), title, cleaned.body(), record.published());
			release.setSourceUrl(sourceUrl);
			apply(record, title, cleaned.body(), sourceUrl, links, release, names);
			this.entityManager.persist(release);
			batch.add(release);
			outcome = ImportSummary.ImportOutcome.IMPORTED;
		}
		else {
			release = existing;
			outcome = apply(record, title, cleaned.body(), sourceUrl, links, release, names)
					? ImportSummary.ImportOutcome.UPDATED : ImportSummary.ImportOutcome.SKIPPED;
		}
		if (storeWarnings(release, cleaned.fragments(), outcome == ImportSummary.ImportOutcome.IMPORTED)
				&& outcome == ImportSummary.ImportOutcome.SKIPPED) {
			outcome = ImportSummary.ImportOutcome.UPDATED;
		}
		cleaned.fragments()
			.forEach((fragment) -> warnings.accept(new ImportSummary.Warning(record.source(), record.line(), title,
					fragment.text(), fragment.script(), fragment.context())));
		return outcome;
	}

	/** Copies the record and what its text links to onto the release; true if anything changed. */
	private boolean apply(ImportRecord record, String title, String body, String sourceUrl, EntityLinker.Links links,
			PressRelease release, NameDirectory names) {
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
		countries.addAll(links.countries());
		for (Long country : countries) {
			changed |= release.getCountries().add(names.countryReference(country));
		}
		for (String minister : record.ministers()) {
			Long id = names.ministerId(minister)
				.or(() -> names.similarMinister(minister))
				.orElseGet(() -> names.createMinister(minister, null));
			changed |= release.getMinisters().add(names.ministerReference(id));
		}
		for (Long minister : links.ministers()) {
			changed |= release.getMinisters().add(names.ministerReference(minister));
		}
		for (String agreement : record.agreements()) {
			Long id = names.similarAgreement(agreement, countries).orElseGet(() -> names.agreement(agreement).getId());
			changed |= release.getAgreements().add(this.entityManager.getReference(
					org.pressroom.agreement.Agreement.class, id));
		}
		for (Long agreement : links.agreements()) {
			changed |= release.getAgreements().add(this.entityManager.getReference(
					org.pressroom.agreement.Agreement.class, agreement));
		}
		for (String topic : record.topics()) {
			changed |= release.getTopics().add(names.topic(topic));
		}
		changed |= setQuotes(release, links.quotes(), names);
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
	private boolean storeWarnings(PressRelease release, List<TranslationWarning.Fragment> fragments, boolean isNew) {
		if (!isNew) {
			List<TranslationWarning> stored = this.entityManager
				.createQuery("select w from TranslationWarning w where w.release = :release order by w.id",
						TranslationWarning.class)
				.setParameter("release", release)
				.getResultList();
			List<TranslationWarning.Fragment> storedFragments = stored.stream()
				.map((w) -> new TranslationWarning.Fragment(w.getFragment(), w.getScript(), w.getContext()))
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

	private PressRelease findExisting(String sourceUrl, String title, ImportRecord record) {
		List<PressRelease> found = (sourceUrl != null)
				? this.entityManager.createQuery("select r from PressRelease r where r.sourceUrl = :url",
						PressRelease.class)
					.setParameter("url", sourceUrl)
					.setMaxResults(1)
					.getResultList()
				: this.entityManager
					.createQuery("select r from PressRelease r where r.title = :title and r.published = :published",
							PressRelease.class)
					.setParameter("title", title)
					.setParameter("published", record.published())
					.setMaxResults(1)
					.getResultList();
		return found.isEmpty() ? null : found.get(0);
	}

	private String uniqueSlug(String title, Batch batch) {
		String base = Slugs.of(title);
		String slug = base;
		for (int n = 2; batch.slugs.contains(slug) || slugTaken(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private boolean slugTaken(String slug) {
		return !this.entityManager.createQuery("select 1 from PressRelease r where r.slug = :slug", Integer.class)
			.setParameter("slug", slug)
			.setMaxResults(1)
			.getResultList()
			.isEmpty();
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
	 * The releases a batch has created but not yet flushed, so that the same release twice in one batch is still
	 * one release, and two titles alike get different slugs.
	 */
	private static final class Batch {

		private final Map<String, PressRelease> byIdentity = new HashMap<>();

		private final Set<String> slugs = new HashSet<>();

		PressRelease find(String sourceUrl, String title, java.time.LocalDate published) {
			return this.byIdentity.get(identity(sourceUrl, title, published));
		}

		void add(PressRelease release) {
			this.byIdentity.put(identity(release.getSourceUrl(), release.getTitle(), release.getPublished()), release);
			this.slugs.add(release.getSlug());
		}

		private static String identity(String sourceUrl, String title, java.time.LocalDate published) {
			return (sourceUrl != null) ? "url:" + sourceUrl : "title:" + title + "|" + published;
		}

	}

}
