package org.pressroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Numbers a table's rows from a sequence rather than its id column's identity, so that a bulk import inserts them
 * in JDBC batches: with an identity, each insert has to return its id before the next can be sent. The sequence
 * hands out blocks of ids (the entity's allocation size); it starts one block above the highest id stored, since
 * its first value is the top of the first block. Subclasses are Spring beans, which Flyway picks up.
 */
public abstract class IdSequenceMigration extends BaseJavaMigration {

	private final String table;

	private final String sequence;

	private final int block;

	protected IdSequenceMigration(String table, String sequence, int block) {
		this.table = table;
		this.sequence = sequence;
		this.block = block;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		try (Statement statement = context.getConnection().createStatement()) {
			long highest;
			try (ResultSet row = statement.executeQuery("select coalesce(max(id), 0) from " + this.table)) {
				row.next();
				highest = row.getLong(1);
			}
			statement.execute("create sequence " + this.sequence + " start with " + (highest + this.block)
					+ " increment by " + this.block);
		}
	}

}
