package nl.speelveld.resilience;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import nl.speelveld.SpeelveldApplication;
import nl.speelveld.SpeelveldTest;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.rounds.RoundFixture;
import nl.speelveld.participation.rounds.RoundStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An app node is killed with {@code kill -9} in the middle of a burst of votes: every vote it had
 * acknowledged (answered with the redirect to the round's page) is there, read back through the node
 * started again. The node runs as a separate process on the test's database.
 */
@SpeelveldTest
@Tag("faults")
class CrashTests {

	private static final AreaCode CENTRUM = new AreaCode("WK001400");

	@Autowired
	DataSource dataSource;

	@Autowired
	ProcessFixture processes;

	@Autowired
	RoundFixture rounds;

	@Autowired
	RoundStore store;

	@Test
	void everyVoteAcknowledgedBeforeAKillIsThereAfterTheRestart() throws Exception {
		Process process = this.processes.process(CENTRUM, PhaseKind.VOTING).withBudgeting().open();
		this.rounds.knapsack(process, 10_000, 4_000, 3_000, 2_000);
		List<String> codes = this.rounds.codes(process, 400);
		String path = "/participatie/" + process.id() + "/begroting";

		Node node = Node.start(this.dataSource);
		ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> next = new ConcurrentLinkedQueue<>(codes);
		AtomicBoolean voting = new AtomicBoolean(true);
		ExecutorService households = Executors.newFixedThreadPool(6);
		for (int h = 0; h < 6; h++) {
			households.submit(() -> {
				String code;
				while (voting.get() && (code = next.poll()) != null) {
					HttpVisitor household = new HttpVisitor();
					household.get(node.url() + path);
					if (household.post(node.url() + path + "/code", Map.of("code", code)).status() != 302) {
						continue;
					}
					HttpVisitor.Page cast = household.post(node.url() + path + "/stembiljet", Map.of("project", "1"));
					if (cast.status() == 302 && cast.location().endsWith(path)) {
						acknowledged.add(code);
					}
				}
			});
		}
		Instant deadline = Instant.now().plusSeconds(60);
		while (acknowledged.size() < 25 && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		node.kill();
		voting.set(false);
		households.shutdown();
		households.awaitTermination(1, TimeUnit.MINUTES);
		List<String> before = List.copyOf(acknowledged);
		assertThat(before).as("votes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(25);

		Node again = Node.start(this.dataSource);
		try {
			for (String code : before) {
				HttpVisitor household = new HttpVisitor();
				household.get(again.url() + path);
				assertThat(household.post(again.url() + path + "/code", Map.of("code", code)).status()).isEqualTo(302);
				assertThat(household.get(again.url() + path).body()).as(code).contains("Je hebt gestemd.");
			}
		}
		finally {
			again.kill();
		}
		assertThat(this.store.ballotCount(process.id())).isGreaterThanOrEqualTo(before.size());
	}

	/** Speelveld as a process of its own, on the test's classes and database. */
	private record Node(java.lang.Process process, String url) {

		static Node start(DataSource dataSource) throws Exception {
			HikariDataSource shared = (HikariDataSource) dataSource;
			int port;
			try (ServerSocket free = new ServerSocket(0)) {
				port = free.getLocalPort();
			}
			Path log = Path.of("target", "crash-node-" + port + ".log");
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			java.lang.Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
					SpeelveldApplication.class.getName(), "--spring.profiles.active=test", "--server.port=" + port,
					"--spring.datasource.url=" + shared.getJdbcUrl(), "--spring.datasource.username=" + shared.getUsername(),
					"--speelveld.demo-data.load=false", "--spring.main.banner-mode=off")
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			Node node = new Node(process, "http://localhost:" + port);
			Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
			while (new HttpVisitor().get(node.url() + "/actuator/health").status() != 200) {
				if (!process.isAlive() || Instant.now().isAfter(deadline)) {
					process.destroyForcibly();
					throw new IllegalStateException("The node did not start; see " + log.toAbsolutePath());
				}
				Thread.sleep(250);
			}
			return node;
		}

		/** SIGKILL, as kill -9: no shutdown hooks, no draining, nothing flushed by the app. */
		void kill() throws InterruptedException {
			this.process.destroyForcibly();
			this.process.waitFor(30, TimeUnit.SECONDS);
		}

	}

}
