package org.pressroom.admin.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.pressroom.release.PressRelease;
import org.pressroom.release.ReleaseStatus;
import org.springframework.data.jpa.domain.Specification;

/**
 * The dashboard's search and filters: words in the title, status, type and country of issue. Empty means any.
 */
record ReleaseFilter(String q, ReleaseStatus status, String type, String country) {

	Specification<PressRelease> specification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.q != null && !this.q.isBlank()) {
				for (String word : this.q.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
					predicates.add(cb.like(cb.lower(root.get("title")), "%" + escape(word) + "%", '\\'));
				}
			}
			if (this.status != null) {
				predicates.add(cb.equal(root.get("status"), this.status));
			}
			if (this.type != null && !this.type.isBlank()) {
				predicates.add(cb.equal(root.get("type"), this.type));
			}
			if (this.country != null && !this.country.isBlank()) {
				predicates.add(cb.equal(root.join("issuingCountry").get("code"), this.country.toUpperCase(Locale.ROOT)));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static String escape(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
