package nl.speelveld.participation.rounds;

import java.util.List;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.budgeting.Election;
import nl.speelveld.participation.budgeting.PabulibReader;
import nl.speelveld.participation.budgeting.PabulibWriter;
import nl.speelveld.participation.budgeting.Rule;
import nl.speelveld.participation.budgeting.Tallies;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static nl.speelveld.initiatives.InitiativeCast.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The results of a round: the tally of its ballots by its rule, the same when the anonymised ballots are
 * tallied again from their Pabulib file, and progress reported on funded projects only.
 */
@SpeelveldTest
class RoundResultsTests {

	private static final AreaCode CENTRUM = new AreaCode("WK001400");

	@Autowired
	private ProcessFixture processes;

	@Autowired
	private RoundFixture rounds;

	@Autowired
	private Voting voting;

	@Autowired
	private RoundResults results;

	@Autowired
	private RoundSetup setup;

	@Autowired
	private RoundStore store;

	@Autowired
	private AccountsFixture accounts;

	@Test
	void greedyFundsTheMostSupportedProjectsThatFitAndSkipsWhatDoesNot() {
		Process process = votingProcess();
		Round round = this.rounds.round(process, BallotType.KNAPSACK, Rule.GREEDY, 100_000, Verification.LETTER_CODE, true,
				60_000, 30_000, 20_000);
		// support: project 1 three votes, project 2 two, project 3 three; 60,000 + 20,000 fit, 30,000 no longer
		vote(process, round, List.of(1), List.of(1), List.of(1, 3), List.of(2, 3), List.of(2, 3));
		Process over = this.processes.inPhase(process, 1);

		RoundResults.Result result = this.results.of(over).orElseThrow();
		assertThat(result.ballots()).isEqualTo(5);
		assertThat(result.tally().selected()).containsExactly("1", "3");
		assertThat(result.tally().spent()).isEqualTo(80_000);
		assertThat(result.fundedProjects()).extracting(BudgetProject::title).containsExactly("Project 1", "Project 3");
		assertThat(result.tally().steps()).filteredOn(step -> step.projectId().equals("2"))
			.singleElement()
			.satisfies(step -> {
				assertThat(step.support()).isEqualTo(2);
				assertThat(step.budgetLeft()).isEqualTo(20_000);
			});
	}

	@Test
	void equalSharesGivesASmallerGroupItsShare() {
		Process process = votingProcess();
		Round round = this.rounds.round(process, BallotType.APPROVAL, Rule.EQUAL_SHARES, 100, Verification.LETTER_CODE, true,
				60, 40, 40);
		// seven voters want projects 1 and 2, three want only project 3: most votes first funds 1 and 2 and
		// leaves the three with nothing; equal shares gives them their project from their share of the budget
		for (int i = 0; i < 7; i++) {
			vote(process, round, List.of(1, 2));
		}
		for (int i = 0; i < 3; i++) {
			vote(process, round, List.of(3));
		}
		RoundResults.Result result = this.results.of(this.processes.inPhase(process, 1)).orElseThrow();

		assertThat(result.tally().selected()).containsExactlyInAnyOrder("2", "3");
		Election again = PabulibReader.read(PabulibWriter.write(result.election()));
		assertThat(Tallies.tally(again, Rule.GREEDY).selected()).containsExactly("1", "2");
	}

	@Test
	void theBallotsDownloadAsAPabulibFileThatTalliesToTheSameWinners() {
		Process process = votingProcess();
		Round round = this.rounds.knapsack(process, 50_000, 20_000, 25_000, 10_000, 40_000);
		vote(process, round, List.of(1, 2), List.of(4, 3), List.of(1, 3), List.of(2), List.of(2, 3));
		RoundResults.Result result = this.results.of(this.processes.inPhase(process, 1)).orElseThrow();

		String file = PabulibWriter.write(result.election());
		Election read = PabulibReader.read(file);
		assertThat(read.ballots().count()).isEqualTo(5);
		assertThat(read.meta().get("max_sum_cost")).isEqualTo("50000");
		assertThat(read.meta().get("rule")).isEqualTo("equalshares/add1");
		assertThat(Tallies.tally(read, Rule.ofFile(read.meta().rule())).selected()).isEqualTo(result.tally().selected());
		assertThat(read.ballots().voterId(0)).isEqualTo("1");
	}

	@Test
	void thereAreNoResultsWhileVotingRuns() {
		Process process = votingProcess();
		Round round = this.rounds.knapsack(process, 50_000, 20_000);
		vote(process, round, List.of(1));
		assertThat(this.results.of(process)).isEmpty();
	}

	@Test
	void progressIsReportedOnFundedProjectsOnlyByThoseWhoRunTheProcess() {
		Process process = votingProcess();
		Round round = this.rounds.round(process, BallotType.APPROVAL, Rule.GREEDY, 10_000, Verification.LETTER_CODE, true,
				8_000, 5_000);
		vote(process, round, List.of(1), List.of(1, 2));
		Process over = this.processes.inPhase(process, 1);
		RoundResults.Result result = this.results.of(over).orElseThrow();
		UserId coordinator = this.accounts.coordinator(AccountsFixture.email("regisseur"),
				this.accounts.organisation("Gemeente Groningen " + UUID.randomUUID(), OrganisationType.GEMEENTE, "GM0014"),
				new AreaCode("GM0014"));
		UserId resident = this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner");
		UUID funded = round.projects().get(0).id();
		UUID notFunded = round.projects().get(1).id();

		assertThat(as(coordinator, () -> this.setup.progress(over, round, result, funded, "underway", "Besteld.")).isEmpty())
			.isTrue();
		assertThatThrownBy(() -> as(coordinator, () -> this.setup.progress(over, round, result, notFunded, "done", "Klaar.")))
			.isInstanceOf(RoundRefused.class);
		assertThatThrownBy(() -> as(resident, () -> this.setup.progress(over, round, result, funded, "done", "Klaar.")))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThat(as(coordinator, () -> this.setup.progress(over, round, result, funded, "vergeten", "")).all())
			.containsKeys("progress", "text");

		assertThat(this.store.get(process.id()).projects().get(0).progress()).isEqualTo(Progress.UNDERWAY);
		assertThat(this.store.updates(process.id())).singleElement()
			.satisfies(update -> assertThat(update.text()).isEqualTo("Besteld."));
	}

	private Process votingProcess() {
		return this.processes.process(CENTRUM, PhaseKind.VOTING, PhaseKind.REPORTING).withBudgeting().open();
	}

	@SafeVarargs
	private void vote(Process process, Round round, List<Integer>... ballots) {
		List<String> codes = this.rounds.codes(process, ballots.length);
		for (int i = 0; i < ballots.length; i++) {
			this.voting.cast(process, round, this.voting.byCode(process, round, codes.get(i), "test-" + UUID.randomUUID()),
					ballots[i]);
		}
	}

}
