package org.pressroom.admin.release;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.pressroom.agreement.Agreement;
import org.pressroom.country.Country;
import org.pressroom.minister.Minister;
import org.pressroom.topic.Topic;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds ministers, countries, agreements and topics by what an admin types: a name or alias (any case), for
 * countries also the ISO code. Serves both the pickers' suggestions and the resolution of submitted names.
 */
@Component
@Transactional(readOnly = true)
public class NameLookup {

	/** The kinds of things a release links to, as named in the lookup URL. */
	public enum Kind {

		MINISTERS, COUNTRIES, AGREEMENTS, TOPICS

	}

	private final EntityManager entityManager;

	NameLookup(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Up to {@code limit} names that contain the typed text, shortest first. */
	public List<String> suggest(Kind kind, String typed, Limit limit) {
		String pattern = "%" + escapeLike(typed.strip().toLowerCase(Locale.ROOT)) + "%";
		String query = switch (kind) {
			case MINISTERS -> "select m.name from Minister m where lower(m.name) like :p escape '\\' order by length(m.name), m.name";
			case COUNTRIES -> "select c.name from Country c where lower(c.name) like :p escape '\\' or lower(c.code) like :p escape '\\' order by length(c.name), c.name";
			case AGREEMENTS -> "select a.title from Agreement a where lower(a.title) like :p escape '\\' order by length(a.title), a.title";
			case TOPICS -> "select t.name from Topic t where lower(t.name) like :p escape '\\' order by length(t.name), t.name";
		};
		return this.entityManager.createQuery(query, String.class)
			.setParameter("p", pattern)
			.setMaxResults(limit.max())
			.getResultList();
	}

	public Optional<Minister> minister(String name) {
		return first(this.entityManager
			.createQuery("select distinct m from Minister m left join m.aliases a "
					+ "where lower(m.name) = :n or lower(a) = :n order by m.id", Minister.class)
			.setParameter("n", name.strip().toLowerCase(Locale.ROOT))
			.setMaxResults(1)
			.getResultList());
	}

	public Optional<Country> country(String name) {
		String key = name.strip().toLowerCase(Locale.ROOT);
		return first(this.entityManager
			.createQuery("select distinct c from Country c left join c.aliases a "
					+ "where lower(c.code) = :n or lower(c.name) = :n or lower(a) = :n order by c.id", Country.class)
			.setParameter("n", key)
			.setMaxResults(1)
			.getResultList());
	}

	public Optional<Agreement> agreement(String title) {
		return first(this.entityManager
			.createQuery("select distinct a from Agreement a left join a.aliases al "
					+ "where lower(a.title) = :n or lower(al) = :n order by a.id", Agreement.class)
			.setParameter("n", title.strip().toLowerCase(Locale.ROOT))
			.setMaxResults(1)
			.getResultList());
	}

	public Optional<Topic> topic(String name) {
		return first(this.entityManager
			.createQuery("select t from Topic t where lower(t.name) = :n order by t.id", Topic.class)
			.setParameter("n", name.strip().toLowerCase(Locale.ROOT))
			.setMaxResults(1)
			.getResultList());
	}

	/** Resolves each name; those not found are added to {@code unknown}. */
	public <T> Set<T> resolve(List<String> names, Function<String, Optional<T>> finder, List<String> unknown) {
		Set<T> found = new LinkedHashSet<>();
		for (String name : names) {
			finder.apply(name).ifPresentOrElse(found::add, () -> unknown.add(name));
		}
		return found;
	}

	private static <T> Optional<T> first(List<T> results) {
		return results.stream().findFirst();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
