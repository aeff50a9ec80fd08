package org.pressroom.search;

import org.springframework.core.env.Environment;

/**
 * How changes reach the index: straight from each transaction (the default), or through the database with
 * outbox polling, where a transaction stores its changes for the index beside its data and every instance's
 * event processor takes them from there.
 */
public final class IndexFeed {

	private IndexFeed() {
	}

	/** Whether the index is fed through the database (outbox polling). */
	public static boolean throughDatabase(Environment environment) {
		return "outbox-polling"
			.equals(environment.getProperty("spring.jpa.properties.hibernate.search.coordination.strategy"));
	}

}
