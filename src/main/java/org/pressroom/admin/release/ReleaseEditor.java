package org.pressroom.admin.release;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.Optional;

import org.pressroom.Slugs;
import org.pressroom.admin.audit.AuditLog;
import org.pressroom.release.PressRelease;
import org.pressroom.release.ReleaseStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates, changes, publishes and deletes releases for admins. Every save keeps a version with who, when and
 * why; a save based on an outdated version is refused instead of overwriting someone else's change.
 */
@Service
public class ReleaseEditor {

	/** The largest body accepted: 1 MB of UTF-8. */
	static final int MAX_BODY_BYTES = 1024 * 1024;

	static final String IMPORTED = "import";

	private final AdminReleaseRepository releases;

	private final ReleaseVersionRepository versions;

	private final NameLookup names;

	private final AuditLog auditLog;

	private final Clock clock = Clock.systemDefaultZone();

	ReleaseEditor(AdminReleaseRepository releases, ReleaseVersionRepository versions, NameLookup names,
			AuditLog auditLog) {
		this.releases = releases;
		this.versions = versions;
		this.names = names;
		this.auditLog = auditLog;
	}

	/**
	 * The checks Bean Validation cannot make: body size in bytes, dates, the schedule, and that every name is known.
	 * Runs on any input, valid or not, so that all errors show at once.
	 */
	@Transactional(readOnly = true)
	public void check(ReleaseForm form, Errors errors) {
		if (form.body() != null && form.body().getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
			errors.rejectValue("body", "release.body.tooLarge");
		}
		if (form.published() != null && !form.published().isBlank()) {
			Optional<LocalDate> published = form.publishedDate();
			if (published.isEmpty()) {
				errors.rejectValue("published", "typeMismatch.java.time.LocalDate");
			}
			else if (published.get().getYear() < 1900 || published.get().getYear() > 2100) {
				errors.rejectValue("published", "release.published.outOfRange");
			}
		}
		Optional<LocalDateTime> publishAt = form.publishAtTime();
		if (form.publishAt() != null && !form.publishAt().isBlank() && publishAt.isEmpty()) {
			errors.rejectValue("publishAt", "typeMismatch.java.time.LocalDateTime");
		}
		else if (ReleaseStatus.SCHEDULED.name().equals(form.status())) {
			if (publishAt.isEmpty()) {
				errors.rejectValue("publishAt", "release.publishAt.required");
			}
			else if (!publishAt.get().isAfter(LocalDateTime.now(this.clock))) {
				errors.rejectValue("publishAt", "release.publishAt.future");
			}
		}
		if (form.country() != null && !form.country().isBlank() && this.names.country(form.country()).isEmpty()) {
			errors.rejectValue("country", "release.names.unknown", new Object[] { form.country() }, null);
		}
		rejectUnknown(errors, "ministers", form.ministers(), this.names::minister);
		rejectUnknown(errors, "countries", form.countries(), this.names::country);
		rejectUnknown(errors, "agreements", form.agreements(), this.names::agreement);
		rejectUnknown(errors, "topics", form.topics(), this.names::topic);
	}

	private <T> void rejectUnknown(Errors errors, String field, String lines, Function<String, Optional<T>> finder) {
		List<String> unknown = new ArrayList<>();
		this.names.resolve(ReleaseForm.names(lines), finder, unknown);
		if (!unknown.isEmpty() && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "release.names.unknown", new Object[] { String.join(", ", unknown) }, null);
		}
	}

	@Transactional(readOnly = true)
	public Optional<PressRelease> find(Long id) {
		return this.releases.findWithLinksById(id);
	}

	@Transactional
	public PressRelease create(ReleaseForm form, String actor) {
		PressRelease release = new PressRelease(uniqueSlug(form.title()), form.title(), form.body(),
				form.publishedDate().orElseThrow());
		apply(form, release);
		this.releases.saveAndFlush(release);
		saveVersion(release, 1, actor, form.changeNote());
		this.auditLog.record(actor, AuditLog.CREATE, describe(release));
		return release;
	}

	/**
	 * Saves the form over the release, unless someone saved it since the form's version was read.
	 * @throws ReleaseChangedException if the form's version is outdated
	 */
	@Transactional
	public PressRelease update(Long id, ReleaseForm form, String actor) {
		PressRelease release = this.releases.findWithLinksById(id).orElseThrow(ReleaseNotFoundException::new);
		refuseOutdated(release, form.versionValue());
		int number = keepBaseline(release);
		apply(form, release);
		this.releases.saveAndFlush(release);
		saveVersion(release, number + 1, actor, form.changeNote());
		this.auditLog.record(actor, AuditLog.EDIT, describe(release) + note(form.changeNote()));
		return release;
	}

	@Transactional
	public PressRelease delete(Long id, Long version, String actor) {
		PressRelease release = this.releases.findById(id).orElseThrow(ReleaseNotFoundException::new);
		refuseOutdated(release, version);
		this.releases.delete(release);
		this.auditLog.record(actor, AuditLog.DELETE, describe(release));
		return release;
	}

	/** Publishes the scheduled releases whose time has come; returns how many. */
	@Transactional
	public int publishDue() {
		List<PressRelease> due = this.releases.findByStatusAndPublishAtLessThanEqual(ReleaseStatus.SCHEDULED,
				LocalDateTime.now(this.clock));
		for (PressRelease release : due) {
			int number = keepBaseline(release);
			release.setStatus(ReleaseStatus.PUBLISHED);
			this.releases.saveAndFlush(release);
			saveVersion(release, number + 1, AuditLog.SYSTEM, "Published as scheduled");
			this.auditLog.record(AuditLog.SYSTEM, AuditLog.PUBLISH, describe(release));
		}
		return due.size();
	}

	@Transactional(readOnly = true)
	public List<ReleaseVersion> versions(Long releaseId) {
		return this.versions.findByReleaseIdOrderByNumberDesc(releaseId);
	}

	private void refuseOutdated(PressRelease release, Long formVersion) {
		if (formVersion == null || formVersion != release.getVersion()) {
			String changedBy = this.versions.findFirstByReleaseIdOrderByNumberDesc(release.getId())
				.map(ReleaseVersion::getSavedBy)
				.orElse(IMPORTED);
			throw new ReleaseChangedException(release.getVersion(), changedBy);
		}
	}

	/** Releases that came in by import have no version yet: keep their state as version 1 before the first edit. */
	private int keepBaseline(PressRelease release) {
		Optional<ReleaseVersion> latest = this.versions.findFirstByReleaseIdOrderByNumberDesc(release.getId());
		if (latest.isPresent()) {
			return latest.get().getNumber();
		}
		this.versions.save(new ReleaseVersion(release.getId(), 1, release.getUpdatedAt(), IMPORTED, null,
				ReleaseSnapshot.of(release)));
		return 1;
	}

	private void saveVersion(PressRelease release, int number, String actor, String note) {
		String cleanNote = (note == null || note.isBlank()) ? null : note.strip();
		this.versions.save(new ReleaseVersion(release.getId(), number, Instant.now(this.clock), actor, cleanNote,
				ReleaseSnapshot.of(release)));
	}

	private void apply(ReleaseForm form, PressRelease release) {
		release.setTitle(form.title().strip());
		release.setSummary(blankToNull(form.summary()));
		release.setBody(form.body());
		release.setPublished(form.publishedDate().orElseThrow());
		release.setIssuer(blankToNull(form.issuer()));
		release.setIssuingCountry(
				(form.country() == null || form.country().isBlank()) ? null : this.names.country(form.country())
					.orElseThrow());
		release.setType(blankToNull(form.type()));
		release.setLanguage(blankToNull(form.language()));
		release.setSourceUrl(blankToNull(form.sourceUrl()));
		release.setStatus(form.statusValue());
		release.setPublishAt((form.statusValue() == ReleaseStatus.SCHEDULED) ? form.publishAtTime().orElseThrow() : null);
		replace(release.getMinisters(), resolveAll(form.ministers(), this.names::minister));
		replace(release.getCountries(), resolveAll(form.countries(), this.names::country));
		replace(release.getAgreements(), resolveAll(form.agreements(), this.names::agreement));
		replace(release.getTopics(), resolveAll(form.topics(), this.names::topic));
	}

	private <T> Set<T> resolveAll(String lines, Function<String, Optional<T>> finder) {
		List<String> unknown = new ArrayList<>();
		Set<T> found = this.names.resolve(ReleaseForm.names(lines), finder, unknown);
		if (!unknown.isEmpty()) {
			// check() rejects unknown names before a save; reaching here means one was deleted in between
			throw new IllegalStateException("Unknown names: " + unknown);
		}
		return found;
	}

	private static <T> void replace(Set<T> current, Set<T> wanted) {
		current.retainAll(wanted);
		current.addAll(wanted);
	}

	private String uniqueSlug(String title) {
		String base = Slugs.of(title);
		String slug = base;
		for (int n = 2; this.releases.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private static String describe(PressRelease release) {
		return "release " + release.getSlug() + " “" + release.getTitle() + "”";
	}

	private static String note(String changeNote) {
		return (changeNote == null || changeNote.isBlank()) ? "" : ": " + changeNote.strip();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	static LocalDate today() {
		return LocalDate.now();
	}

}
