package org.pressroom.admin.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.pressroom.Slugs;
import org.pressroom.admin.audit.AuditLog;
import org.pressroom.admin.release.NameLookup;
import org.pressroom.agreement.Agreement;
import org.pressroom.country.Country;
import org.pressroom.minister.Minister;
import org.pressroom.minister.MinisterRole;
import org.pressroom.release.PressRelease;
import org.pressroom.release.Quote;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates, corrects, confirms and merges ministers.
 */
@Service
class MinisterCurator {

	private final MinisterCuration ministers;

	private final ReleaseLinksOfMinister releases;

	private final AgreementCuration agreements;

	private final NameLookup names;

	private final AuditLog auditLog;

	private final EntityManager entityManager;

	MinisterCurator(MinisterCuration ministers, ReleaseLinksOfMinister releases, AgreementCuration agreements,
			NameLookup names, AuditLog auditLog, EntityManager entityManager) {
		this.ministers = ministers;
		this.releases = releases;
		this.agreements = agreements;
		this.names = names;
		this.auditLog = auditLog;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public Optional<Minister> find(Long id) {
		return this.ministers.findWithDetailsById(id);
	}

	/** Checks what Bean Validation cannot: the country, the role lines, and that no other minister has the name. */
	@Transactional(readOnly = true)
	public void check(MinisterForm form, Long id, Errors errors) {
		if (form.country() != null && !form.country().isBlank() && this.names.country(form.country()).isEmpty()) {
			errors.rejectValue("country", "curation.country.unknown", new Object[] { form.country() }, null);
		}
		List<String> problems = new ArrayList<>();
		for (MinisterForm.RoleLine role : form.roleLines(problems)) {
			if (!role.country().isEmpty() && this.names.country(role.country()).isEmpty()) {
				problems.add(role.line() + ": " + role.country());
			}
		}
		if (!problems.isEmpty()) {
			errors.rejectValue("roles", "curation.roles.invalid", new Object[] { String.join("; ", problems) }, null);
		}
		if (form.name() != null && !form.name().isBlank()) {
			this.names.minister(form.name())
				.filter((other) -> !other.getId().equals(id))
				.ifPresent((other) -> errors.rejectValue("name", "curation.minister.taken",
						new Object[] { other.getName() }, null));
		}
	}

	@Transactional
	public Minister create(MinisterForm form) {
		Minister minister = new Minister(uniqueSlug(form.name()), form.name().strip());
		apply(form, minister);
		this.ministers.save(minister);
		this.auditLog.record(AuditLog.CREATE, "minister " + minister.getName());
		return minister;
	}

	@Transactional
	public Minister update(Long id, MinisterForm form) {
		Minister minister = this.ministers.findWithDetailsById(id).orElseThrow(NotFoundException::new);
		ChangedMeanwhileException.refuseOutdated(form.version(), minister.getVersion());
		apply(form, minister);
		this.ministers.saveAndFlush(minister);
		this.auditLog.record(AuditLog.EDIT, "minister " + minister.getName());
		return minister;
	}

	/** Marks a minister an import created as checked by an admin. */
	@Transactional
	public Minister confirm(Long id, String version) {
		Minister minister = this.ministers.findById(id).orElseThrow(NotFoundException::new);
		ChangedMeanwhileException.refuseOutdated(version, minister.getVersion());
		minister.setReviewed(true);
		this.ministers.saveAndFlush(minister);
		this.auditLog.record(AuditLog.EDIT, "confirmed minister " + minister.getName());
		return minister;
	}

	/**
	 * Merges {@code duplicate} into {@code kept}: the duplicate's releases, quotes, agreement signatures, roles and
	 * aliases move to the kept minister, its name becomes an alias, and it is deleted. Goes through the entities
	 * so that the search index follows the changed releases.
	 */
	@Transactional
	public Minister merge(Long keptId, Long duplicateId) {
		if (keptId.equals(duplicateId)) {
			throw new IllegalArgumentException("A minister cannot be merged with itself");
		}
		Minister kept = this.ministers.findWithDetailsById(keptId).orElseThrow(NotFoundException::new);
		Minister duplicate = this.ministers.findWithDetailsById(duplicateId).orElseThrow(NotFoundException::new);
		for (PressRelease release : this.releases.findByMinister(duplicateId)) {
			release.getMinisters().remove(duplicate);
			release.getMinisters().add(kept);
		}
		for (PressRelease release : this.releases.findByQuotedMinister(duplicateId)) {
			List<Quote> quotes = release.getQuotes();
			for (int i = 0; i < quotes.size(); i++) {
				Quote quote = quotes.get(i);
				if (quote.getMinister() != null && quote.getMinister().getId().equals(duplicateId)) {
					quotes.set(i, new Quote(quote.getSpeaker(), kept, quote.getText()));
				}
			}
		}
		for (Agreement agreement : this.agreements.findBySignatory(duplicateId)) {
			agreement.getSignatories().remove(duplicate);
			agreement.getSignatories().add(kept);
		}
		for (MinisterRole role : duplicate.getRoles()) {
			kept.getRoles()
				.add(new MinisterRole(role.getTitle(), role.getCountry(), role.getStartDate(), role.getEndDate()));
		}
		addAlias(kept, duplicate.getName());
		duplicate.getAliases().forEach((alias) -> addAlias(kept, alias));
		if (kept.getCountry() == null) {
			kept.setCountry(duplicate.getCountry());
		}
		kept.setReviewed(true);
		// the links must point at the kept minister before the duplicate's row goes
		this.entityManager.flush();
		this.ministers.delete(duplicate);
		this.auditLog.record(AuditLog.MERGE,
				"minister " + duplicate.getName() + " (" + duplicate.getSlug() + ") into " + kept.getName());
		return kept;
	}

	private static void addAlias(Minister minister, String alias) {
		String key = alias.strip().toLowerCase(Locale.ROOT);
		boolean known = minister.getName().toLowerCase(Locale.ROOT).equals(key)
				|| minister.getAliases().stream().anyMatch((a) -> a.toLowerCase(Locale.ROOT).equals(key));
		if (!known && !key.isEmpty()) {
			minister.getAliases().add(alias.strip());
		}
	}

	private void apply(MinisterForm form, Minister minister) {
		minister.setName(form.name().strip());
		minister.setCountry((form.country() == null || form.country().isBlank()) ? null
				: this.names.country(form.country()).orElseThrow());
		minister.setReviewed(Boolean.TRUE.equals(form.reviewed()));
		minister.getAliases().clear();
		Lines.of(form.aliases()).forEach((alias) -> addAlias(minister, alias));
		List<String> problems = new ArrayList<>();
		List<MinisterRole> roles = new ArrayList<>();
		for (MinisterForm.RoleLine line : form.roleLines(problems)) {
			Country country = line.country().isEmpty() ? null : this.names.country(line.country()).orElseThrow();
			roles.add(new MinisterRole(line.title(), country, line.from(), line.to()));
		}
		minister.getRoles().clear();
		minister.getRoles().addAll(roles);
	}

	private String uniqueSlug(String name) {
		String base = Slugs.of(name);
		String slug = base;
		for (int n = 2; this.ministers.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
