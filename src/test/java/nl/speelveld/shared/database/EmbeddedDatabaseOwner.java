package nl.speelveld.shared.database;

import java.nio.file.Path;

/**
 * Runs in a separate JVM for {@link EmbeddedDatabaseTests}: starts the persistent embedded database,
 * says so, and waits to be killed, as a crashing Speelveld server would be.
 */
public final class EmbeddedDatabaseOwner {

	private EmbeddedDatabaseOwner() {
	}

	public static void main(String[] args) throws Exception {
		var database = EmbeddedDatabase.persistent(Path.of(args[0]));
		System.out.println("READY " + database.jdbcUrl());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
