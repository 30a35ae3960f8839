package nl.speelveld.participation.rounds;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.budgeting.Rule;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.TakingPart;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static nl.speelveld.initiatives.InitiativeCast.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpeelveldTest
class VotingTests {

	private static final AreaCode CENTRUM = new AreaCode("WK001400");

	@Autowired
	private ProcessFixture processes;

	@Autowired
	private RoundFixture rounds;

	@Autowired
	private Voting voting;

	@Autowired
	private TakingPart takingPart;

	@Autowired
	private AccountsFixture accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private RoundPersonalData personalData;

	@Test
	void aLetterCodeOpensOneBallotThatCanBeChangedUntilVotingCloses() {
		Process process = voting();
		Round round = this.rounds.knapsack(process, 100_000, 60_000, 30_000, 20_000);
		String code = this.rounds.codes(process, 1).get(0);

		Voter voter = this.voting.byCode(process, round, code.toLowerCase().replace("-", " "), "client-a");
		assertThat(this.voting.cast(process, round, voter, List.of(1, 2))).isTrue();
		Voter again = this.voting.byCode(process, round, code, "client-b");
		assertThat(this.voting.cast(process, round, again, List.of(2, 3))).isFalse();

		assertThat(ballots(process)).isEqualTo(1);
		assertThat(this.voting.ballotOf(process, voter)).hasValueSatisfying(ballot -> assertThat(ballot).containsExactly(2, 3));
	}

	@Test
	void aRoundThatKeepsFirstBallotsRefusesASecondOne() {
		Process process = voting();
		Round round = this.rounds.round(process, BallotType.APPROVAL, Rule.GREEDY, 50_000, Verification.LETTER_CODE, false,
				10_000, 20_000);
		Voter voter = this.voting.byCode(process, round, this.rounds.codes(process, 1).get(0), "client");
		this.voting.cast(process, round, voter, List.of(1));

		assertThatThrownBy(() -> this.voting.cast(process, round, voter, List.of(2)))
			.isInstanceOfSatisfying(RoundRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo(RoundRefused.ALREADY_VOTED));
		assertThat(this.voting.ballotOf(process, voter)).hasValueSatisfying(ballot -> assertThat(ballot).containsExactly(1));
	}

	@Test
	void aBallotThatBreaksTheRulesIsRefusedAndNothingIsStored() {
		Process process = voting();
		Round round = this.rounds.knapsack(process, 100_000, 60_000, 50_000, 20_000);
		Voter voter = this.voting.byCode(process, round, this.rounds.codes(process, 1).get(0), "client");

		assertRefused(() -> this.voting.cast(process, round, voter, List.of(1, 2)), BallotRefused.OVER_BUDGET);
		assertRefused(() -> this.voting.cast(process, round, voter, List.of()), BallotRefused.EMPTY);
		assertRefused(() -> this.voting.cast(process, round, voter, List.of(1, 9)), BallotRefused.UNKNOWN_PROJECT);
		assertThat(ballots(process)).isZero();

		Process second = voting();
		Round one = this.rounds.round(second, BallotType.CHOOSE_ONE, Rule.GREEDY, 100, Verification.LETTER_CODE, true, 50, 60);
		Voter chooser = this.voting.byCode(second, one, this.rounds.codes(second, 1).get(0), "client");
		assertRefused(() -> this.voting.cast(second, one, chooser, List.of(1, 2)), BallotRefused.CHOOSE_ONE);
	}

	@Test
	void codesThatAreMistypedUnknownOrOfAnotherRoundOpenNothing() {
		Process process = voting();
		Round round = this.rounds.knapsack(process, 10_000, 5_000);
		Process other = voting();
		this.rounds.knapsack(other, 10_000, 5_000);
		String otherCode = this.rounds.codes(other, 1).get(0);

		assertCode(() -> this.voting.byCode(process, round, "1234", "c"), Voting.CodeNotAccepted.MALFORMED);
		assertCode(() -> this.voting.byCode(process, round, "ABCD-EFGH-JKLM", "c"), Voting.CodeNotAccepted.UNKNOWN);
		assertCode(() -> this.voting.byCode(process, round, otherCode, "c"), Voting.CodeNotAccepted.UNKNOWN);
	}

	@Test
	void guessingCodesIsStoppedAfterTwentyTries() {
		Process process = voting();
		Round round = this.rounds.knapsack(process, 10_000, 5_000);
		String code = this.rounds.codes(process, 1).get(0);
		for (int i = 0; i < Voting.CODE_TRIES.hits(); i++) {
			assertCode(() -> this.voting.byCode(process, round, "ABCD-EFGH-JKLM", "guesser"), Voting.CodeNotAccepted.UNKNOWN);
		}
		assertCode(() -> this.voting.byCode(process, round, code, "guesser"), Voting.CodeNotAccepted.TOO_MANY_TRIES);
		assertThat(this.voting.byCode(process, round, code, "someone-else")).isNotNull();
	}

	@Test
	void manyHouseholdsBehindOneAddressAllGetIn() {
		Process process = voting();
		Round round = this.rounds.knapsack(process, 10_000, 5_000);
		for (String code : this.rounds.codes(process, Voting.CODE_TRIES.hits() + 10)) {
			assertThat(this.voting.byCode(process, round, code, "bibliotheek")).isNotNull();
		}
	}

	@Test
	void nobodyVotesOutsideTheVotingPhase() {
		Process process = this.processes.process(CENTRUM, PhaseKind.INFORMATION, PhaseKind.VOTING, PhaseKind.REPORTING)
			.withBudgeting()
			.open();
		Round round = this.rounds.knapsack(process, 10_000, 5_000);
		String code = this.rounds.codes(process, 1).get(0);
		assertThatThrownBy(() -> this.voting.byCode(process, round, code, "c"))
			.isInstanceOfSatisfying(RoundRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo(RoundRefused.NOT_VOTING));

		Process votingNow = this.processes.inPhase(process, 1);
		Voter voter = this.voting.byCode(votingNow, round, code, "c");
		Process after = this.processes.inPhase(process, 2);
		assertThatThrownBy(() -> this.voting.cast(after, round, voter, List.of(1))).isInstanceOf(RoundRefused.class);
		assertThat(ballots(process)).isZero();
	}

	@Test
	void aThousandSubmissionsAtOnceWithTheSameCodeRecordOneBallot() throws Exception {
		Process process = voting();
		Round round = this.rounds.knapsack(process, 100_000, 40_000, 30_000, 20_000);
		String code = this.rounds.codes(process, 1).get(0);
		List<Integer> counted = race(1000, i -> {
			Voter voter = this.voting.byCode(process, round, code, "household-" + i);
			return this.voting.cast(process, round, voter, List.of(1 + i % 3)) ? 1 : 0;
		});

		assertThat(ballots(process)).isEqualTo(1);
		assertThat(counted.stream().mapToInt(Integer::intValue).sum()).as("ballots reported as new").isEqualTo(1);
	}

	@Test
	void aThousandSubmissionsAtOnceFromOneAccountRecordOneBallot() throws Exception {
		Process process = this.processes.process(CENTRUM, PhaseKind.VOTING).withBudgeting().forResidentsOnly().open();
		Round round = this.rounds.round(process, BallotType.APPROVAL, Rule.EQUAL_SHARES, 100_000, Verification.ACCOUNT,
				true, 40_000, 30_000);
		UserId resident = this.accounts.person(AccountsFixture.email("stemmer"), "Stemmer");
		as(resident, () -> this.takingPart.declareResidency(process, "9712 AB"));
		List<Integer> counted = race(1000, i -> as(resident, () -> {
			Voter voter = this.voting.byAccount(process, round);
			return this.voting.cast(process, round, voter, List.of(1 + i % 2)) ? 1 : 0;
		}));

		assertThat(ballots(process)).isEqualTo(1);
		assertThat(counted.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
	}

	@Test
	void theVotingRecordsTellNothingOfWhoVotedWhat() {
		Process process = this.processes.process(CENTRUM, PhaseKind.VOTING).withBudgeting().forResidentsOnly().open();
		Round round = this.rounds.round(process, BallotType.APPROVAL, Rule.GREEDY, 100_000, Verification.ACCOUNT, true,
				40_000, 30_000);
		UserId resident = this.accounts.person(AccountsFixture.email("geheim"), "Geheim");
		as(resident, () -> this.takingPart.declareResidency(process, "9712 AB"));
		as(resident, () -> this.voting.cast(process, round, this.voting.byAccount(process, round), List.of(2)));

		List<String> columns = this.jdbc.sql("""
				select column_name from information_schema.columns where table_name = 'budget_ballot' order by ordinal_position""")
			.query(String.class)
			.list();
		assertThat(columns).containsExactly("process_id", "voter_key", "projects");
		String key = this.jdbc.sql("select encode(voter_key, 'hex') from budget_ballot where process_id = ?")
			.param(process.id())
			.query(String.class)
			.single();
		assertThat(key).doesNotContain(resident.value().toString().replace("-", ""));
		assertThat(this.jdbc.sql("select count(*) from budget_letter_code where encode(code_hash, 'hex') = ?")
			.param(key)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aResidentSeesTheirBallotInTheirDataAndErasureLeavesTheVoteWithoutThem() {
		Process process = this.processes.process(CENTRUM, PhaseKind.VOTING).withBudgeting().forResidentsOnly().open();
		Round round = this.rounds.round(process, BallotType.APPROVAL, Rule.GREEDY, 100_000, Verification.ACCOUNT, true,
				40_000, 30_000);
		UserId resident = this.accounts.person(AccountsFixture.email("inzage"), "Inzage");
		as(resident, () -> this.takingPart.declareResidency(process, "9712 AB"));
		as(resident, () -> this.voting.cast(process, round, this.voting.byAccount(process, round), List.of(2)));

		assertThat(this.personalData.export(resident)).filteredOn(row -> "budget_ballot".equals(row.get("table")))
			.singleElement()
			.satisfies(row -> assertThat(row.get("projects")).isEqualTo(List.of("Project 2")));
		this.personalData.erase(resident);
		assertThat(this.personalData.export(resident)).noneMatch(row -> "budget_ballot".equals(row.get("table")));
		assertThat(ballots(process)).isEqualTo(1);
	}

	@Test
	void anAccountRoundNeedsAPostcodeInTheArea() {
		Process process = this.processes.process(CENTRUM, PhaseKind.VOTING).withBudgeting().forResidentsOnly().open();
		Round round = this.rounds.round(process, BallotType.APPROVAL, Rule.GREEDY, 100_000, Verification.ACCOUNT, true,
				40_000);
		UserId stranger = this.accounts.person(AccountsFixture.email("buiten"), "Buiten");
		assertThatThrownBy(() -> as(stranger, () -> this.voting.byAccount(process, round)))
			.isInstanceOf(nl.speelveld.participation.processes.ContributionRefused.class);
		assertThatThrownBy(() -> this.voting.byCode(process, round, "ABCD-EFGH-JKLM", "c"))
			.isInstanceOfSatisfying(RoundRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo(RoundRefused.WRONG_WAY));
	}

	private Process voting() {
		return this.processes.process(CENTRUM, PhaseKind.VOTING, PhaseKind.REPORTING).withBudgeting().open();
	}

	private int ballots(Process process) {
		return this.jdbc.sql("select count(*) from budget_ballot where process_id = ?").param(process.id()).query(Integer.class).single();
	}

	private static List<Integer> race(int submissions, java.util.function.IntFunction<Integer> submit) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(32);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		for (int i = 0; i < submissions; i++) {
			int n = i;
			results.add(pool.submit(() -> {
				start.await();
				return submit.apply(n);
			}));
		}
		start.countDown();
		List<Integer> counted = new ArrayList<>();
		for (Future<Integer> result : results) {
			counted.add(result.get(2, TimeUnit.MINUTES));
		}
		pool.shutdown();
		return counted;
	}

	private static void assertRefused(Runnable cast, String key) {
		assertThatThrownBy(cast::run).isInstanceOfSatisfying(BallotRefused.class,
				refused -> assertThat(refused.messageKey()).isEqualTo(key));
	}

	private static void assertCode(Runnable verify, String key) {
		assertThatThrownBy(verify::run).isInstanceOfSatisfying(Voting.CodeNotAccepted.class,
				refused -> assertThat(refused.messageKey()).isEqualTo(key));
	}

}
