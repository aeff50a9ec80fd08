package org.pressroom.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import org.pressroom.agreement.Agreement;
import org.pressroom.country.Country;
import org.pressroom.minister.Minister;
import org.pressroom.release.PressRelease;
import org.pressroom.topic.Topic;
import org.springframework.stereotype.Component;

/**
 * Reindexes the releases that link to a minister, country, agreement or topic when what their documents hold of it
 * changes (a new alias, a corrected name), in the same transaction. The release's mapping embeds them with
 * {@code SHALLOW} reindexing, so the linked entities need no collection of their releases: this listener finds them
 * through the link tables.
 */
@Component
class LinkedEntityReindexing implements PostUpdateEventListener, PostCollectionUpdateEventListener {

	/**
	 * The properties of each linked entity that a release's document holds: PressRelease's {@code @IndexedEmbedded}
	 * paths and facet values. A change to any other (an agreement's status or parties, a minister's review) leaves
	 * the documents as they are, and reindexing them would only cost: an import that learns an agreement's status
	 * would rewrite every release that names it, and the deleted copies would keep the index from merging its
	 * segments by copying them whole.
	 */
	private static final Map<Class<?>, Set<String>> INDEXED_PROPERTIES = Map.of(
			Minister.class, Set.of("name", "slug", "aliases"),
			Country.class, Set.of("name", "code", "aliases"),
			Agreement.class, Set.of("title", "slug", "aliases"),
			Topic.class, Set.of("name", "slug"));

	LinkedEntityReindexing(EntityManagerFactory entityManagerFactory) {
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getEventListenerRegistry();
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		int[] dirty = event.getDirtyProperties();
		String[] properties = event.getPersister().getPropertyNames();
		// without dirty properties (an entity updated without being compared), assume all changed
		if (dirty == null || Arrays.stream(dirty).anyMatch((i) -> isIndexed(event.getEntity(), properties[i]))) {
			reindexReleasesOf(event.getEntity(), event.getSession());
		}
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		Object owner = event.getAffectedOwnerOrNull();
		String role = event.getCollection().getRole();
		if (isIndexed(owner, role.substring(role.lastIndexOf('.') + 1))) {
			reindexReleasesOf(owner, event.getSession());
		}
	}

	private static boolean isIndexed(Object entity, String property) {
		return INDEXED_PROPERTIES.entrySet()
			.stream()
			.anyMatch((indexed) -> indexed.getKey().isInstance(entity) && indexed.getValue().contains(property));
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void reindexReleasesOf(Object entity, Object eventSession) {
		if (!(eventSession instanceof Session session)) {
			return; // stateless sessions are not indexed automatically either
		}
		String sql;
		Long id;
		if (entity instanceof Minister minister) {
			sql = "select release_id from release_minister where minister_id = ?1"
					+ " union select release_id from release_quote where minister_id = ?1";
			id = minister.getId();
		}
		else if (entity instanceof Country country) {
			sql = "select release_id from release_country where country_id = ?1";
			id = country.getId();
		}
		else if (entity instanceof Agreement agreement) {
			sql = "select release_id from release_agreement where agreement_id = ?1";
			id = agreement.getId();
		}
		else if (entity instanceof Topic topic) {
			sql = "select release_id from release_topic where topic_id = ?1";
			id = topic.getId();
		}
		else {
			return;
		}
		// inside a flush: the query must not trigger another one
		List<?> releaseIds = session.createNativeQuery(sql)
			.setParameter(1, id)
			.setHibernateFlushMode(FlushMode.MANUAL)
			.getResultList();
		SearchIndexingPlan plan = Search.session(session).indexingPlan();
		for (Object releaseId : releaseIds) {
			plan.addOrUpdate(session.getReference(PressRelease.class, ((Number) releaseId).longValue()));
		}
	}

}
