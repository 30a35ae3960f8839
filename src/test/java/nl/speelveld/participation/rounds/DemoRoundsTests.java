package nl.speelveld.participation.rounds;

import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessStore;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's neighbourhood budgets: one voting now by account, one with explained results and progress. */
@SpeelveldTest
class DemoRoundsTests {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ProcessStore processes;

	@Autowired
	private RoundStore rounds;

	@Autowired
	private RoundResults results;

	@Test
	void theBinnenstadVotesNowAndCanReadLastYearsResults() {
		Process now = demo("Buurtbudget de Binnenstad");
		Round voting = this.rounds.get(now.id());
		assertThat(voting.verification()).isEqualTo(Verification.ACCOUNT);
		assertThat(voting.projects()).hasSize(8);
		assertThat(this.rounds.ballotCount(now.id())).isEqualTo(140);
		assertThat(this.results.of(now)).isEmpty();

		Process last = demo("Buurtbudget de Binnenstad vorig jaar");
		RoundResults.Result result = this.results.of(last).orElseThrow();
		assertThat(result.ballots()).isEqualTo(420);
		assertThat(this.rounds.codeCount(last.id())).isEqualTo(600);
		assertThat(result.tally().spent()).isPositive().isLessThanOrEqualTo(50_000);
		assertThat(result.fundedProjects()).isNotEmpty();
		assertThat(this.rounds.updates(last.id())).isNotEmpty();
	}

	private Process demo(String title) {
		UUID id = this.jdbc.sql("select id from participation_process where title = ? and area_code = 'WK034406'")
			.param(title)
			.query(UUID.class)
			.single();
		return this.processes.get(id);
	}

}
