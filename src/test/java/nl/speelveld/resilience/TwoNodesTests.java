package nl.speelveld.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import nl.speelveld.SpeelveldApplication;
import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.imports.AreaImporter;
import nl.speelveld.areas.imports.CbsFixture;
import nl.speelveld.areas.imports.ImportProgress;
import nl.speelveld.areas.imports.ImportReport;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.budgeting.Rule;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.rounds.BallotType;
import nl.speelveld.participation.rounds.RoundFixture;
import nl.speelveld.participation.rounds.RoundStore;
import nl.speelveld.participation.rounds.Verification;
import nl.speelveld.routing.questions.QuestionsFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app nodes on different ports against one PostgreSQL, as behind a load balancer: the test's own
 * application and a second one started beside it. Requests alternate between them; sign-in sessions and
 * ballots stay correct, because the database is all they share.
 */
@SpeelveldTest
@Tag("faults")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

	private static final AreaCode CENTRUM = new AreaCode("WK001400");

	/** A year of the small test gemeente Proefstede that only this class imports. */
	private static final int IMPORTED_YEAR = 1997;

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	ProcessFixture processes;

	@Autowired
	RoundFixture rounds;

	@Autowired
	RoundStore store;

	@Autowired
	QuestionsFixture questions;

	@Autowired
	JdbcClient jdbc;

	private ConfigurableApplicationContext second;

	private String nodeA;

	private String nodeB;

	@BeforeAll
	void startTheSecondNode() {
		HikariDataSource shared = (HikariDataSource) this.dataSource;
		this.second = new SpringApplicationBuilder(SpeelveldApplication.class).profiles("test")
			.properties("server.port=0", "spring.datasource.url=" + shared.getJdbcUrl(),
					"spring.datasource.username=" + shared.getUsername(), "speelveld.demo-data.load=false",
					"spring.main.banner-mode=off")
			.run();
		this.nodeA = "http://localhost:" + this.port;
		this.nodeB = "http://localhost:" + ((WebServerApplicationContext) this.second).getWebServer().getPort();
	}

	@AfterAll
	void stopTheSecondNode() {
		if (this.second != null) {
			this.second.close();
		}
	}

	@Test
	void aSignInOnOneNodeHoldsOnTheOtherAndSigningOutEndsItOnBoth() {
		String email = AccountsFixture.email("twee-knopen");
		this.accounts.person(email, "Twee Knopen");
		HttpVisitor visitor = new HttpVisitor();
		visitor.get(this.nodeA + "/inloggen");
		assertThat(visitor.post(this.nodeA + "/inloggen/wachtwoord", Map.of("email", email, "wachtwoord", AccountsFixture.PASSWORD))
			.location()).contains("/account");

		HttpVisitor.Page onB = visitor.get(this.nodeB + "/account");
		assertThat(onB.status()).isEqualTo(200);
		assertThat(onB.body()).contains("Twee Knopen");

		assertThat(visitor.post(this.nodeB + "/uitloggen", Map.of()).status()).isEqualTo(302);
		assertThat(visitor.get(this.nodeA + "/account").location()).contains("/inloggen");
	}

	@Test
	void aQuestionInTheInboxIsTheSameOnBothNodesAndIsPickedUpOnce() {
		QuestionsFixture.Holder agent = this.questions.holder("wijkagent", "WK001400", "Agent");
		String text = QuestionsFixture.unique("Er wordt gedeald in ons portiek");
		this.questions.delivered(agent, "WK001400", text, AccountsFixture.email("bewoner"));
		UUID question = this.jdbc.sql("select id from routing_question where post_id = ? and status = 'delivered'")
			.param(agent.post())
			.query(UUID.class)
			.single();
		HttpVisitor professional = new HttpVisitor();
		professional.get(this.nodeA + "/inloggen");
		professional.post(this.nodeA + "/inloggen/wachtwoord", Map.of("email", agent.email(), "wachtwoord", AccountsFixture.PASSWORD));

		assertThat(professional.get(this.nodeB + "/inbox").body()).contains(text);
		professional.get(this.nodeB + "/inbox/" + question);
		// both nodes at once: the question is picked up once, and the second press is told it moved on
		List<Integer> statuses = List.of(professional.post(this.nodeB + "/inbox/" + question + "/oppakken", Map.of()).status(),
				professional.post(this.nodeA + "/inbox/" + question + "/oppakken", Map.of()).status());
		assertThat(statuses).contains(302);
		assertThat(statuses).allSatisfy(status -> assertThat(status).isLessThan(500));
		assertThat(this.jdbc.sql("select status from routing_question where id = ?").param(question).query(String.class).single())
			.isEqualTo("accepted");
		assertThat(professional.get(this.nodeA + "/inbox/" + question).body()).contains(text);
	}

	@Test
	void anImportOnOneNodeReachesTheLookupsOfTheOther() throws InterruptedException {
		String lookup = this.nodeA + "/api/v1/areas/lookup?lat=52.07&lon=5.05&year=" + IMPORTED_YEAR;
		HttpVisitor client = new HttpVisitor();
		assertThat(client.get(lookup).status()).as("a year nobody imported yet").isNotEqualTo(200);

		ImportReport report = this.second.getBean(AreaImporter.class)
			.importCbs(IMPORTED_YEAR, List.of(CbsFixture.gemeenten(), CbsFixture.wijken(), CbsFixture.figures()),
					ImportProgress.NONE);
		assertThat(report.errors()).isEmpty();

		// the first node sees the import at its next check (every second in tests, every ten in production)
		HttpVisitor.Page found = client.get(lookup);
		for (int tries = 0; tries < 30 && found.status() != 200; tries++) {
			Thread.sleep(500);
			found = client.get(lookup);
		}
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body()).contains("Noord", "Proefstede");
	}

	@Test
	void oneCodeUsedOnBothNodesAtOnceLeavesOneBallot() throws Exception {
		Process process = this.processes.process(CENTRUM, PhaseKind.VOTING).withBudgeting().open();
		this.rounds.round(process, BallotType.APPROVAL, Rule.GREEDY, 10_000, Verification.LETTER_CODE, false, 4_000, 3_000);
		String code = this.rounds.codes(process, 1).get(0);
		String round = "/participatie/" + process.id() + "/begroting";

		// twenty devices of one household: each gives the code on one node and votes on the other
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Integer>> statuses = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String first = i % 2 == 0 ? this.nodeA : this.nodeB;
			String second = i % 2 == 0 ? this.nodeB : this.nodeA;
			String project = String.valueOf(1 + i % 2);
			statuses.add(pool.submit(() -> {
				HttpVisitor device = new HttpVisitor();
				device.get(first + round);
				int given = device.post(first + round + "/code", Map.of("code", code)).status();
				if (given != 302) {
					return given;
				}
				assertThat(device.get(second + round + "/stembiljet").status()).as("the code holds on the other node")
					.isEqualTo(200);
				return device.post(second + round + "/stembiljet", Map.of("project", project)).status();
			}));
		}
		List<Integer> answered = new ArrayList<>();
		for (Future<Integer> status : statuses) {
			answered.add(status.get(2, TimeUnit.MINUTES));
		}
		pool.shutdown();

		assertThat(this.store.ballotCount(process.id())).isEqualTo(1);
		assertThat(answered).filteredOn(status -> status == 302).hasSize(1);
		assertThat(answered).filteredOn(status -> status != 302).containsOnly(409);
	}
}
