package nl.speelveld.resilience;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import nl.speelveld.SpeelveldTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PostgreSQL stops and starts again while residents keep asking: meanwhile they get 503 with a moment to
 * wait (never a 500), and within ten seconds after the database is back the app answers again, without a
 * restart of its own. The test restarts the database the tests run on, as its operating system would: a
 * fast shutdown, a pause, and the same server started again on the same data.
 */
@SpeelveldTest
@Tag("faults")
class DatabaseRestartTests {

	/** Pages and API calls that read the database on every request. */
	private static final List<String> PATHS = List.of("/api/v1/areas/GM0344/processes", "/participatie",
			"/api/v1/areas/WK034406/initiatives", "/gebied/WK034406/participatie");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private record Answer(Instant at, int status, String path) {
	}

	/**
	 * PostgreSQL refuses to start as root; CI runs as root, with Debian's postgres user (.ci/run installs
	 * PostgreSQL), so the server starts again as that user, on data handed over to it.
	 */
	private static List<String> asServerUser(List<String> command, Path data) throws Exception {
		if (!isRoot()) {
			return command;
		}
		new ProcessBuilder("chown", "-R", "postgres", data.toString()).inheritIO().start().waitFor();
		List<String> asPostgres = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
		asPostgres.addAll(command);
		return asPostgres;
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	@Test
	void whileTheDatabaseRestartsResidentsGet503AndThenAnswersAgain() throws Exception {
		Path data = Path.of(this.jdbc.sql("show data_directory").query(String.class).single());
		Path pidFile = data.resolve("postmaster.pid");
		assumeTrue(Files.isReadable(pidFile), "The database runs elsewhere; restart it by hand to try this");
		long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
		ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
		List<String> command = new ArrayList<>();
		command.add(postmaster.info().command().orElseThrow());
		command.addAll(List.of(postmaster.info().arguments().orElseThrow()));
		assumeTrue(!isRoot() || Files.isDirectory(Path.of("/var/lib/postgresql")),
				"As root, the server is started again as the postgres user, which this machine lacks");

		ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
		AtomicBoolean asking = new AtomicBoolean(true);
		ExecutorService residents = Executors.newFixedThreadPool(4);
		for (int r = 0; r < 4; r++) {
			int resident = r;
			residents.submit(() -> {
				HttpVisitor visitor = new HttpVisitor();
				for (int i = resident; asking.get(); i++) {
					String path = PATHS.get(i % PATHS.size());
					answers.add(new Answer(Instant.now(), visitor.get("http://localhost:" + this.port + path).status(), path));
				}
			});
		}
		Thread.sleep(1_000);

		// a fast shutdown, as systemctl restart postgresql does: connections are cut, new ones refused
		new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor();
		postmaster.onExit().get(60, TimeUnit.SECONDS);
		Instant down = Instant.now();
		Thread.sleep(3_000);
		Process restarted = new ProcessBuilder(asServerUser(command, data)).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		Instant up = Instant.now();
		Thread.sleep(15_000);
		asking.set(false);
		residents.shutdown();
		residents.awaitTermination(1, TimeUnit.MINUTES);

		assertThat(restarted.isAlive()).as("the database is running again").isTrue();
		assertThat(answers).as("no 500, no connection refused: only answers or 'briefly unavailable'")
			.allSatisfy(answer -> assertThat(answer.status()).as(answer.path() + " at " + answer.at()).isIn(200, 503));
		assertThat(answers).as("the outage was noticed")
			.anySatisfy(answer -> assertThat(answer.status()).isEqualTo(503));
		Optional<Answer> back = answers.stream().filter(answer -> answer.at().isAfter(up) && answer.status() == 200).findFirst();
		assertThat(back).as("answers again after the database is back").isPresent();
		assertThat(Duration.between(up, back.get().at())).isLessThan(Duration.ofSeconds(10));
		assertThat(answers.stream().filter(answer -> answer.at().isAfter(up.plusSeconds(10)))).isNotEmpty()
			.allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
		assertThat(Duration.between(down, up)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
		assertThat(this.jdbc.sql("select 1").query(Integer.class).single()).isEqualTo(1);
	}

}
