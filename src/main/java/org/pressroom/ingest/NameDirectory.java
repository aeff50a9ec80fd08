package org.pressroom.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.pressroom.Slugs;
import org.pressroom.agreement.Agreement;
import org.pressroom.agreement.AgreementKind;
import org.pressroom.agreement.AgreementStatus;
import org.pressroom.country.Country;
import org.pressroom.minister.Minister;
import org.pressroom.topic.Topic;

/**
 * The names of everything a release can link to, held in memory for the length of an import so that linking a
 * release costs no query. Finds ministers and countries by name or alias, countries also by ISO code, and creates
 * what is not known yet.
 */
class NameDirectory {

	private final EntityManager entityManager;

	private final Map<String, Long> countries = new HashMap<>();

	private final Map<String, Long> ministers = new HashMap<>();

	private final Map<String, Long> agreements = new HashMap<>();

	private final Map<String, Long> topics = new HashMap<>();

	NameDirectory(EntityManager entityManager) {
		this.entityManager = entityManager;
		reload();
	}

	/** Forgets what was created in a transaction that rolled back. */
	final void reload() {
		this.countries.clear();
		this.ministers.clear();
		this.agreements.clear();
		this.topics.clear();
		for (Object[] row : rows("select c.id, c.code, c.name from Country c")) {
			put(this.countries, row[1], row[0]);
			put(this.countries, row[2], row[0]);
		}
		rows("select c.id, a from Country c join c.aliases a").forEach((row) -> put(this.countries, row[1], row[0]));
		rows("select m.id, m.name from Minister m").forEach((row) -> put(this.ministers, row[1], row[0]));
		rows("select m.id, a from Minister m join m.aliases a").forEach((row) -> put(this.ministers, row[1], row[0]));
		rows("select a.id, a.title from Agreement a").forEach((row) -> put(this.agreements, row[1], row[0]));
		rows("select t.id, t.name from Topic t").forEach((row) -> put(this.topics, row[1], row[0]));
	}

	Optional<Country> country(String nameOrCode) {
		return Optional.ofNullable(this.countries.get(key(nameOrCode)))
			.map((id) -> this.entityManager.getReference(Country.class, id));
	}

	Minister minister(String name) {
		Long id = this.ministers.get(key(name));
		if (id != null) {
			return this.entityManager.getReference(Minister.class, id);
		}
		Minister minister = new Minister(uniqueSlug(Minister.class, name), name);
		minister.setReviewed(false);
		this.entityManager.persist(minister);
		put(this.ministers, name, minister.getId());
		return minister;
	}

	Agreement agreement(String title) {
		Long id = this.agreements.get(key(title));
		if (id != null) {
			return this.entityManager.getReference(Agreement.class, id);
		}
		Agreement agreement = new Agreement(uniqueSlug(Agreement.class, title), title, AgreementKind.AGREEMENT,
				AgreementStatus.PROPOSED);
		this.entityManager.persist(agreement);
		put(this.agreements, title, agreement.getId());
		return agreement;
	}

	Topic topic(String name) {
		Long id = this.topics.get(key(name));
		if (id != null) {
			return this.entityManager.getReference(Topic.class, id);
		}
		Topic topic = new Topic(uniqueSlug(Topic.class, name), name);
		this.entityManager.persist(topic);
		put(this.topics, name, topic.getId());
		return topic;
	}

	private String uniqueSlug(Class<?> type, String name) {
		String base = Slugs.of(name);
		String slug = base;
		for (int n = 2; exists(type, slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private boolean exists(Class<?> type, String slug) {
		return !this.entityManager
			.createQuery("select 1 from " + type.getSimpleName() + " e where e.slug = :slug", Integer.class)
			.setParameter("slug", slug)
			.setMaxResults(1)
			.getResultList()
			.isEmpty();
	}

	private java.util.List<Object[]> rows(String query) {
		return this.entityManager.createQuery(query, Object[].class).getResultList();
	}

	private static void put(Map<String, Long> map, Object name, Object id) {
		map.putIfAbsent(key((String) name), (Long) id);
	}

	static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

}
