package nl.speelveld.shared.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the application's own jar, so that Speelveld needs no database
 * installation. Postgres is started by {@code pg_ctl} and outlives a JVM that is killed with
 * {@code kill -9}; such an orphan still holds the data directory, so a new start stops it first. When
 * another living Speelveld process owns the cluster (a command-line import next to the running server),
 * this one attaches to it as a guest and leaves it running.
 */
public final class EmbeddedDatabase implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final String OWNER_LOCK = "epg-lock";

	private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(60);

	private final @Nullable EmbeddedPostgres server;

	private final int port;

	private EmbeddedDatabase(@Nullable EmbeddedPostgres server, int port) {
		this.server = server;
		this.port = port;
	}

	/** A throw-away cluster in a temporary directory, removed again on close; for tests. */
	public static EmbeddedDatabase temporary() {
		try {
			var server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			return new EmbeddedDatabase(server, server.getPort());
		}
		catch (IOException failure) {
			throw new UncheckedIOException("Could not start a temporary embedded PostgreSQL", failure);
		}
	}

	/** The cluster in {@code dataDirectory}, created on first use and kept across restarts. */
	public static EmbeddedDatabase persistent(Path dataDirectory) {
		var directory = dataDirectory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(directory.getParent());
			var running = RunningPostmaster.in(directory);
			if (running.isPresent() && ownerIsAlive(directory)) {
				log.info("Attaching to the embedded PostgreSQL in {} on port {}, owned by another process", directory,
						running.get().port());
				return new EmbeddedDatabase(null, running.get().port());
			}
			running.ifPresent(EmbeddedDatabase::stopOrphan);
			RunningPostmaster.removeStalePidFile(directory);
			var server = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				// zonky tunes for throw-away test clusters; this one holds real data, so it must be durable.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("max_connections", "100")
				// The data lives on local disk and mostly in the page cache: index lookups cost about as much
				// as reading in sequence, and with the default (4) the planner scans whole tables instead.
				.setServerConfig("random_page_cost", "1.1")
				.start();
			log.info("Embedded PostgreSQL runs on port {} with data in {}", server.getPort(), directory);
			return new EmbeddedDatabase(server, server.getPort());
		}
		catch (IOException failure) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, failure);
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.port + "/postgres";
	}

	public String username() {
		return "postgres";
	}

	public boolean isOwner() {
		return this.server != null;
	}

	@Override
	public void close() throws IOException {
		if (this.server != null) {
			this.server.close();
		}
	}

	private static boolean ownerIsAlive(Path directory) throws IOException {
		var lockFile = directory.resolve(OWNER_LOCK);
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); var lock = channel.tryLock()) {
			return lock == null;
		}
	}

	private static void stopOrphan(RunningPostmaster orphan) {
		log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left behind by a process that ended abruptly",
				orphan.pid());
		ProcessHandle.of(orphan.pid()).ifPresent(process -> {
			// SIGTERM asks for a smart shutdown; the dead owner's connections are gone, so it ends quickly.
			process.destroy();
			try {
				process.onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			}
			catch (Exception stillRunning) {
				process.destroyForcibly();
			}
		});
	}

	/** What {@code postmaster.pid} says about a server that still runs on a data directory. */
	record RunningPostmaster(long pid, int port) {

		static Optional<RunningPostmaster> in(Path directory) throws IOException {
			var pidFile = directory.resolve("postmaster.pid");
			if (!Files.exists(pidFile)) {
				return Optional.empty();
			}
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.size() < 4) {
				return Optional.empty();
			}
			try {
				var postmaster = new RunningPostmaster(Long.parseLong(lines.get(0).trim()),
						Integer.parseInt(lines.get(3).trim()));
				return postmaster.isAlive() ? Optional.of(postmaster) : Optional.empty();
			}
			catch (NumberFormatException unreadable) {
				return Optional.empty();
			}
		}

		static void removeStalePidFile(Path directory) throws IOException {
			if (in(directory).isEmpty()) {
				// The pid may since have been reused by an unrelated process, which would make postgres refuse to start.
				Files.deleteIfExists(directory.resolve("postmaster.pid"));
			}
		}

		private boolean isAlive() {
			return ProcessHandle.of(this.pid)
				.filter(ProcessHandle::isAlive)
				.flatMap(process -> process.info().command())
				.filter(command -> command.endsWith("postgres"))
				.isPresent();
		}

	}

}
