package org.pressroom.admin.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.pressroom.Slugs;
import org.pressroom.admin.audit.AuditLog;
import org.pressroom.admin.release.NameLookup;
import org.pressroom.agreement.Agreement;
import org.pressroom.agreement.AgreementKind;
import org.pressroom.agreement.AgreementStatus;
import org.pressroom.country.Country;
import org.pressroom.release.PressRelease;
import org.pressroom.topic.Topic;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates and corrects countries, agreements and topics.
 */
@Service
class EntryCurator {

	private final CountryCuration countries;

	private final AgreementCuration agreements;

	private final TopicCuration topics;

	private final NameLookup names;

	private final AuditLog auditLog;

	EntryCurator(CountryCuration countries, AgreementCuration agreements, TopicCuration topics, NameLookup names,
			AuditLog auditLog) {
		this.countries = countries;
		this.agreements = agreements;
		this.topics = topics;
		this.names = names;
		this.auditLog = auditLog;
	}

	// Countries

	@Transactional(readOnly = true)
	public void check(CountryForm form, Long id, Errors errors) {
		if (id == null) {
			if (form.code() == null || form.code().isBlank()) {
				errors.rejectValue("code", "NotBlank");
			}
			else if (this.countries.existsByCode(form.code().toUpperCase(Locale.ROOT))) {
				errors.rejectValue("code", "curation.code.taken");
			}
		}
	}

	@Transactional
	public Country create(CountryForm form) {
		Country country = new Country(form.code().strip(), form.name().strip());
		setAliases(country.getAliases(), form.aliases());
		this.countries.save(country);
		this.auditLog.record(AuditLog.CREATE, "country " + country.getCode() + " " + country.getName());
		return country;
	}

	@Transactional
	public Country update(Long id, CountryForm form) {
		Country country = this.countries.findWithAliasesById(id).orElseThrow(NotFoundException::new);
		ChangedMeanwhileException.refuseOutdated(form.version(), country.getVersion());
		country.setName(form.name().strip());
		setAliases(country.getAliases(), form.aliases());
		this.countries.saveAndFlush(country);
		this.auditLog.record(AuditLog.EDIT, "country " + country.getCode() + " " + country.getName());
		return country;
	}

	// Agreements

	@Transactional(readOnly = true)
	public void check(AgreementForm form, Long id, Errors errors) {
		// a name two agreements share would link texts to either: such agreements are merged instead
		List<String> taken = Lines.of(form.aliases())
			.stream()
			.filter((alias) -> this.names.agreement(alias).filter((other) -> !other.getId().equals(id)).isPresent())
			.toList();
		if (!taken.isEmpty() && !errors.hasFieldErrors("aliases")) {
			errors.rejectValue("aliases", "curation.alias.taken", new Object[] { String.join(", ", taken) }, null);
		}
		if (!AgreementForm.isDate(form.negotiationsLaunched())) {
			errors.rejectValue("negotiationsLaunched", "typeMismatch.java.time.LocalDate");
		}
		if (!AgreementForm.isDate(form.signedOn())) {
			errors.rejectValue("signedOn", "typeMismatch.java.time.LocalDate");
		}
		rejectUnknown(errors, "parties", form.parties(), this.names::country);
		rejectUnknown(errors, "signatories", form.signatories(), this.names::minister);
	}

	@Transactional
	public Agreement create(AgreementForm form) {
		Agreement agreement = new Agreement(uniqueAgreementSlug(form.title()), form.title().strip(),
				AgreementKind.valueOf(form.kind()), AgreementStatus.valueOf(form.status()));
		apply(form, agreement);
		this.agreements.save(agreement);
		this.auditLog.record(AuditLog.CREATE, "agreement " + agreement.getTitle());
		return agreement;
	}

	@Transactional
	public Agreement update(Long id, AgreementForm form) {
		Agreement agreement = this.agreements.findWithPartiesById(id).orElseThrow(NotFoundException::new);
		ChangedMeanwhileException.refuseOutdated(form.version(), agreement.getVersion());
		apply(form, agreement);
		this.agreements.saveAndFlush(agreement);
		this.auditLog.record(AuditLog.EDIT, "agreement " + agreement.getTitle());
		return agreement;
	}

	/**
	 * Merges {@code duplicate} into {@code kept}: the duplicate's releases link to the kept agreement, its title and
	 * aliases become aliases, its parties, signatories and dates fill in what the kept one lacks, the later status of
	 * the two stays, and the duplicate is deleted. Goes through the entities so that the search index follows.
	 */
	@Transactional
	public Agreement merge(Long keptId, Long duplicateId) {
		if (keptId.equals(duplicateId)) {
			throw new IllegalArgumentException("An agreement cannot be merged with itself");
		}
		Agreement kept = this.agreements.findWithPartiesById(keptId).orElseThrow(NotFoundException::new);
		Agreement duplicate = this.agreements.findWithPartiesById(duplicateId).orElseThrow(NotFoundException::new);
		for (PressRelease release : this.agreements.findReleasesOf(duplicateId)) {
			release.getAgreements().remove(duplicate);
			release.getAgreements().add(kept);
		}
		List<String> names = new ArrayList<>(kept.getAliases());
		names.add(duplicate.getTitle());
		names.addAll(duplicate.getAliases());
		names.removeIf((name) -> name.equalsIgnoreCase(kept.getTitle()));
		addAliases(kept.getAliases(), names);
		if (kept.getParties().isEmpty()) {
			kept.getParties().addAll(duplicate.getParties());
		}
		if (kept.getSignatories().isEmpty()) {
			kept.getSignatories().addAll(duplicate.getSignatories());
		}
		if (kept.getNegotiationsLaunched() == null) {
			kept.setNegotiationsLaunched(duplicate.getNegotiationsLaunched());
		}
		if (kept.getSignedOn() == null) {
			kept.setSigned(duplicate.getSignedOn(), duplicate.getSignedPrecision());
		}
		if (duplicate.getStatus().compareTo(kept.getStatus()) > 0) {
			kept.setStatus(duplicate.getStatus());
		}
		// the releases must link to the kept agreement before the duplicate's row goes
		this.agreements.flush();
		this.agreements.delete(duplicate);
		this.auditLog.record(AuditLog.MERGE,
				"agreement " + duplicate.getTitle() + " (" + duplicate.getSlug() + ") into " + kept.getTitle());
		return kept;
	}

	private void apply(AgreementForm form, Agreement agreement) {
		agreement.setTitle(form.title().strip());
		setAliases(agreement.getAliases(), form.aliases());
		agreement.setKind(AgreementKind.valueOf(form.kind()));
		agreement.setStatus(AgreementStatus.valueOf(form.status()));
		agreement.setNegotiationsLaunched(AgreementForm.date(form.negotiationsLaunched()).orElse(null));
		agreement.setSigned(AgreementForm.date(form.signedOn()).orElse(null), form.precision());
		replace(agreement.getParties(), resolve(form.parties(), this.names::country));
		replace(agreement.getSignatories(), resolve(form.signatories(), this.names::minister));
	}

	// Topics

	@Transactional(readOnly = true)
	public void check(TopicForm form, Long id, Errors errors) {
		if (form.name() != null && !form.name().isBlank()) {
			this.names.topic(form.name())
				.filter((other) -> !other.getId().equals(id))
				.ifPresent((other) -> errors.rejectValue("name", "curation.name.taken"));
		}
	}

	@Transactional
	public Topic create(TopicForm form) {
		String base = Slugs.of(form.name());
		String slug = base;
		for (int n = 2; this.topics.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		Topic topic = this.topics.save(new Topic(slug, form.name().strip()));
		this.auditLog.record(AuditLog.CREATE, "topic " + topic.getName());
		return topic;
	}

	@Transactional
	public Topic update(Long id, TopicForm form) {
		Topic topic = this.topics.findById(id).orElseThrow(NotFoundException::new);
		ChangedMeanwhileException.refuseOutdated(form.version(), topic.getVersion());
		topic.setName(form.name().strip());
		this.topics.saveAndFlush(topic);
		this.auditLog.record(AuditLog.EDIT, "topic " + topic.getName());
		return topic;
	}

	// Shared

	private <T> void rejectUnknown(Errors errors, String field, String lines, Function<String, Optional<T>> finder) {
		List<String> unknown = new ArrayList<>();
		this.names.resolve(Lines.of(lines), finder, unknown);
		if (!unknown.isEmpty() && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "curation.names.unknown", new Object[] { String.join(", ", unknown) }, null);
		}
	}

	private <T> Set<T> resolve(String lines, Function<String, Optional<T>> finder) {
		List<String> unknown = new ArrayList<>();
		Set<T> found = this.names.resolve(Lines.of(lines), finder, unknown);
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("Unknown names: " + unknown);
		}
		return found;
	}

	private static <T> void replace(Set<T> current, Set<T> wanted) {
		current.retainAll(wanted);
		current.addAll(wanted);
	}

	private static void setAliases(Set<String> aliases, String lines) {
		aliases.clear();
		addAliases(aliases, Lines.of(lines));
	}

	private static void addAliases(Set<String> aliases, List<String> names) {
		for (String alias : names) {
			if (aliases.stream().noneMatch((a) -> a.equalsIgnoreCase(alias))) {
				aliases.add(alias);
			}
		}
	}

	private String uniqueAgreementSlug(String title) {
		String base = Slugs.of(title);
		String slug = base;
		for (int n = 2; this.agreements.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
