package org.pressroom.ops;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code search} in {@code /actuator/health} and its readiness group: up when the index (Lucene or OpenSearch)
 * answers a count of its documents, down with the reason otherwise.
 */
@Component("search")
class SearchHealth extends AbstractHealthIndicator {

	private final EntityManagerFactory entityManagerFactory;

	SearchHealth(EntityManagerFactory entityManagerFactory) {
		super("The search index does not answer");
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		if (mapping.allIndexedEntities().isEmpty()) {
			builder.up();
			return;
		}
		builder.withDetail("backend", (mapping.backend() instanceof LuceneBackend) ? "lucene" : "opensearch");
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			long documents = Search.session(entityManager)
				.search(Object.class)
				.where((f) -> f.matchAll())
				.fetchTotalHitCount();
			builder.up().withDetail("documents", documents);
		}
	}

}
