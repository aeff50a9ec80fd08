package org.pressroom.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.pressroom.Slugs;
import org.pressroom.release.PressRelease;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores imported releases, in batches of one transaction each, so that an import stopped midway leaves only whole
 * batches behind. A release already in the archive (same source URL, or else same title and date) is updated or
 * left alone, never duplicated, so an import can simply be run again.
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
	 * Imports every record, reporting each one handled (stored or failed) to {@code progress}.
	 */
	public ImportSummary importAll(Iterator<ParsedRecord> records, IntConsumer progress) {
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
					storeBatch(batch, names, summary, progress);
					batch.clear();
				}
			}
		}
		if (!batch.isEmpty()) {
			storeBatch(batch, names, summary, progress);
		}
		return summary;
	}

	private void storeBatch(List<ImportRecord> batch, NameDirectory names, ImportSummary summary,
			IntConsumer progress) {
		try {
			ImportSummary stored = this.transactions.execute((tx) -> {
				ImportSummary result = new ImportSummary();
				batch.forEach((record) -> result.count(store(record, names)));
				return result;
			});
			summary.add(stored);
		}
		catch (RuntimeException ex) {
			// One bad record spoils its batch: store the batch again one record at a time to find it.
			names.reload();
			for (ImportRecord record : batch) {
				try {
					summary.count(this.transactions.execute((tx) -> store(record, names)));
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

	private ImportSummary.ImportOutcome store(ImportRecord record, NameDirectory names) {
		PressRelease existing = findExisting(record);
		if (existing == null) {
			PressRelease release = new PressRelease(uniqueSlug(record.title()), record.title(), record.body(),
					record.published());
			apply(record, release, names);
			this.entityManager.persist(release);
			return ImportSummary.ImportOutcome.IMPORTED;
		}
		return apply(record, existing, names) ? ImportSummary.ImportOutcome.UPDATED
				: ImportSummary.ImportOutcome.SKIPPED;
	}

	/** Copies the record onto the release; true if anything changed. */
	private boolean apply(ImportRecord record, PressRelease release, NameDirectory names) {
		boolean changed = false;
		changed |= set(release.getTitle(), record.title(), release::setTitle);
		changed |= set(release.getBody(), record.body(), release::setBody);
		changed |= set(release.getPublished(), record.published(), release::setPublished);
		changed |= set(release.getSummary(), record.summary(), release::setSummary);
		changed |= set(release.getIssuer(), record.issuer(), release::setIssuer);
		changed |= set(release.getType(), record.type(), release::setType);
		changed |= set(release.getLanguage(), record.language(), release::setLanguage);
		changed |= set(release.getSourceUrl(), record.sourceUrl(), release::setSourceUrl);
		changed |= set(release.getLicence(), record.licence(), release::setLicence);
		if (record.country() != null && release.getIssuingCountry() == null) {
			release.setIssuingCountry(names.country(record.country()).orElse(null));
			changed |= release.getIssuingCountry() != null;
		}
		for (String country : record.countries()) {
			changed |= names.country(country).map(release.getCountries()::add).orElse(false);
		}
		for (String minister : record.ministers()) {
			changed |= release.getMinisters().add(names.minister(minister));
		}
		for (String agreement : record.agreements()) {
			changed |= release.getAgreements().add(names.agreement(agreement));
		}
		for (String topic : record.topics()) {
			changed |= release.getTopics().add(names.topic(topic));
		}
		return changed;
	}

	private static <T> boolean set(T current, T value, java.util.function.Consumer<T> setter) {
		if (value == null || Objects.equals(current, value)) {
			return false;
		}
		setter.accept(value);
		return true;
	}

	private PressRelease findExisting(ImportRecord record) {
		List<PressRelease> found = (record.sourceUrl() != null)
				? this.entityManager.createQuery("select r from PressRelease r where r.sourceUrl = :url",
						PressRelease.class)
					.setParameter("url", record.sourceUrl())
					.getResultList()
				: this.entityManager
					.createQuery("select r from PressRelease r where r.title = :title and r.published = :published",
							PressRelease.class)
					.setParameter("title", record.title())
					.setParameter("published", record.published())
					.getResultList();
		return found.isEmpty() ? null : found.get(0);
	}

	private String uniqueSlug(String title) {
		String base = Slugs.of(title);
		String slug = base;
		for (int n = 2; slugTaken(slug); n++) {
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

}
