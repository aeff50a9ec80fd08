package org.pressroom.ops;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Runs any Spring test on the production servers when its profiles ask for them: with profile {@code postgres}
 * the context gets a fresh database on the test JVM's real PostgreSQL; with profile {@code opensearch} it gets
 * indexes of its own on the test JVM's real OpenSearch node. The build reruns the test classes with
 * {@code -Dspring.profiles.active=postgres} and {@code postgres,opensearch} (see the failsafe executions in
 * pom.xml), so the same tests cover H2 + Lucene and PostgreSQL + OpenSearch. Registered in
 * {@code META-INF/spring.factories}.
 */
public class ServerProfiles implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Servers();
	}

	/** Properties that point a context at the servers its active profiles name. */
	public static Map<String, Object> propertiesFor(List<String> profiles) {
		Map<String, Object> properties = new HashMap<>();
		if (profiles.contains("postgres")) {
			properties.put("spring.datasource.url", PostgresServer.newDatabase());
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "");
			properties.put("spring.test.database.replace", "none");
		}
		if (profiles.contains("opensearch")) {
			properties.put("pressroom.search.hosts", OpenSearchNode.hosts());
			properties.put("spring.jpa.properties.hibernate.search.backend.layout.strategy",
					"class:" + TestIndexLayout.class.getName());
			// A test reads what it just wrote: index in the writing thread, not through the outbox (the outbox is
			// what TwoInstancesIT tests)
			properties.put("spring.jpa.properties.hibernate.search.coordination.strategy", "none");
			properties.put("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", "sync");
		}
		return properties;
	}

	private static final class Servers implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			Map<String, Object> properties = propertiesFor(Arrays.asList(context.getEnvironment().getActiveProfiles()));
			if (!properties.isEmpty()) {
				context.getEnvironment()
					.getPropertySources()
					.addFirst(new MapPropertySource("production test servers", properties));
			}
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Servers;
		}

		@Override
		public int hashCode() {
			return Servers.class.hashCode();
		}

	}

}
