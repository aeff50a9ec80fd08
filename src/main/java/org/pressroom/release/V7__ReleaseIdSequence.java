package org.pressroom.release;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Numbers releases from a sequence rather than the id column's identity, so that a bulk import inserts its
 * releases in JDBC batches: with an identity, each insert has to return its id before the next can be sent. The
 * sequence hands out blocks of {@link PressRelease#ID_BLOCK} ids; it starts one block above the highest id stored,
 * since its first value is the top of the first block. Picked up by Flyway as a Spring bean.
 */
@Component
class V7__ReleaseIdSequence extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		try (Statement statement = context.getConnection().createStatement()) {
			long highest;
			try (ResultSet row = statement.executeQuery("select coalesce(max(id), 0) from press_release")) {
				row.next();
				highest = row.getLong(1);
			}
			statement.execute("create sequence press_release_seq start with " + (highest + PressRelease.ID_BLOCK)
					+ " increment by " + PressRelease.ID_BLOCK);
		}
	}

}
