package org.pressroom.ingest;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The translation warnings imports left, for admins to check: the latest overall, or those of one release.
 */
@Component
@Transactional(readOnly = true)
public class TranslationWarnings {

	private static final int LATEST = 200;

	private final EntityManager entityManager;

	TranslationWarnings(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	public List<View> latest() {
		return this.entityManager.createQuery("""
				select new org.pressroom.ingest.TranslationWarnings$View(r.slug, r.title, w.fragment, w.script,
				w.context, w.createdAt) from TranslationWarning w join w.release r order by w.id desc""", View.class)
			.setMaxResults(LATEST)
			.getResultList();
	}

	public List<View> ofRelease(String slug) {
		return this.entityManager.createQuery("""
				select new org.pressroom.ingest.TranslationWarnings$View(r.slug, r.title, w.fragment, w.script,
				w.context, w.createdAt) from TranslationWarning w join w.release r where r.slug = :slug
				order by w.id""", View.class).setParameter("slug", slug).getResultList();
	}

	/**
	 * A warning with the release it is about.
	 */
	public record View(String slug, String title, String fragment, String script, String context, Instant createdAt) {
	}

}
