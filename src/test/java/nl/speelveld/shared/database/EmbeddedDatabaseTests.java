package nl.speelveld.shared.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL keeps its data and comes back after crashes of the process that ran it. */
class EmbeddedDatabaseTests {

	@TempDir
	Path directory;

	@Test
	void keepsDataAcrossACleanRestart() throws Exception {
		Path data = this.directory.resolve("pg");
		try (var database = EmbeddedDatabase.persistent(data)) {
			execute(database, "create table note (text varchar(20)); insert into note values ('bewaard')");
		}
		try (var database = EmbeddedDatabase.persistent(data)) {
			assertThat(query(database, "select text from note")).isEqualTo("bewaard");
		}
	}

	@Test
	void startsDespiteAPidFileLeftBehindByACrash() throws Exception {
		Path data = this.directory.resolve("pg");
		try (var database = EmbeddedDatabase.persistent(data)) {
			execute(database, "create table note (text varchar(20)); insert into note values ('bewaard')");
		}
		// A postmaster.pid naming a process that no longer exists, as a power cut leaves it.
		Files.writeString(data.resolve("postmaster.pid"), "999999\n" + data + "\n1700000000\n5432\n/tmp\nlocalhost\n");

		try (var database = EmbeddedDatabase.persistent(data)) {
			assertThat(query(database, "select text from note")).isEqualTo("bewaard");
		}
	}

	@Test
	void takesOverFromAServerWhoseOwnerWasKilled() throws Exception {
		Path data = this.directory.resolve("pg");
		Process owner = startOwner(data);
		long orphan = postmasterPid(data);
		owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(ProcessHandle.of(orphan)).as("postgres outlives its killed owner").isPresent();

		try (var database = EmbeddedDatabase.persistent(data)) {
			assertThat(database.isOwner()).isTrue();
			assertThat(query(database, "select 'weer bereikbaar'")).isEqualTo("weer bereikbaar");
			assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the orphan was stopped")
				.isNotEqualTo(java.util.Optional.of(true));
		}
	}

	@Test
	void attachesToTheServerOfALivingOwnerWithoutStoppingIt() throws Exception {
		Path data = this.directory.resolve("pg");
		Process owner = startOwner(data);
		try {
			try (var guest = EmbeddedDatabase.persistent(data)) {
				assertThat(guest.isOwner()).isFalse();
				assertThat(query(guest, "select 'gast'")).isEqualTo("gast");
			}
			try (var again = EmbeddedDatabase.persistent(data)) {
				assertThat(query(again, "select 'nog steeds'")).isEqualTo("nog steeds");
			}
		}
		finally {
			owner.destroy();
			owner.waitFor(30, TimeUnit.SECONDS);
			try (var cleanup = EmbeddedDatabase.persistent(data)) {
				assertThat(cleanup.isOwner()).isTrue();
			}
		}
	}

	private static Process startOwner(Path data) throws IOException {
		Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), EmbeddedDatabaseOwner.class.getName(), data.toString())
			.redirectErrorStream(true)
			.start();
		var output = new BufferedReader(new InputStreamReader(owner.getInputStream()));
		String line;
		while ((line = output.readLine()) != null) {
			if (line.startsWith("READY")) {
				// Keep draining so that the owner never blocks on a full pipe.
				var drain = new Thread(() -> output.lines().forEach(ignored -> {
				}));
				drain.setDaemon(true);
				drain.start();
				return owner;
			}
		}
		throw new IllegalStateException("The owner process ended before its database was ready");
	}

	private static long postmasterPid(Path data) throws IOException {
		return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
	}

	private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
		try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
				var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String query(EmbeddedDatabase database, String sql) throws SQLException {
		try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
				var statement = connection.createStatement();
				var result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

}
