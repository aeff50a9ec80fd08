package org.pressroom.search;

import java.util.List;

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
 * Reindexes the releases that link to a minister, country, agreement or topic when it changes (a new alias, a
 * corrected name), in the same transaction. The release's mapping embeds them with {@code SHALLOW} reindexing, so
 * the linked entities need no collection of their releases: this listener finds them through the link tables.
 */
@Component
class LinkedEntityReindexing implements PostUpdateEventListener, PostCollectionUpdateEventListener {

	LinkedEntityReindexing(EntityManagerFactory entityManagerFactory) {
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getEventListenerRegistry();
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		reindexReleasesOf(event.getEntity(), event.getSession());
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		reindexReleasesOf(event.getAffectedOwnerOrNull(), event.getSession());
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
