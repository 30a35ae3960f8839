package nl.speelveld.participation.budgeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TallyTests {

	static final List<String> GREEDY_FILES = PabulibFiles.NAMES.stream().filter(name -> !name.contains("Assen")).toList();

	@Test
	void assenTwentyTwentyFourGivesExactlyTheRecordedWinners() {
		Election assen = PabulibFiles.election("Netherlands_Assen_2024.pb");
		List<String> recorded = assen.projects().stream().filter(p -> Integer.valueOf(1).equals(p.selected()))
			.map(Project::id).toList();

		Tally tally = Tallies.tally(assen, Rule.ofFile(assen.meta().rule()));

		assertThat(tally.rule()).isEqualTo(Rule.EQUAL_SHARES);
		assertThat(tally.selected()).containsExactlyInAnyOrderElementsOf(recorded);
		assertThat(tally.spent()).isEqualTo(assen.projects().stream().filter(p -> recorded.contains(p.id()))
			.mapToLong(Project::cost).sum()).isLessThanOrEqualTo(tally.budget());
		assertThat(tally.rounds()).hasSize(recorded.size());
		assertThat(tally.completion()).isNotNull();
		assertThat(tally.steps()).hasSize(assen.projects().size());
	}

	/**
	 * Every Amsterdam round is greedy. None of the 40 files records its outcome (no selected column), so the
	 * check is that the selection keeps the rules the file states: the budget, each category or neighbourhood
	 * limit in the pass bound by it, and the leftover policy.
	 */
	@ParameterizedTest
	@FieldSource("GREEDY_FILES")
	void everyGreedyRoundRespectsItsBudgetLimitsAndLeftoverPolicy(String name) {
		Election election = PabulibFiles.election(name);
		assertThat(Rule.ofFile(election.meta().rule())).isEqualTo(Rule.GREEDY);

		Tally tally = Tallies.tally(election, Rule.GREEDY);

		assertThat(tally.spent()).isLessThanOrEqualTo(tally.budget());
		assertThat(tally.selected()).isNotEmpty().doesNotHaveDuplicates();
		Map<String, Project> byId = election.projects().stream().collect(Collectors.toMap(Project::id, p -> p));
		long funded = tally.steps().stream().mapToLong(Step::funded).sum();
		assertThat(funded).isEqualTo(tally.spent());
		// within-limit pass: per category (or neighbourhood) no more than its limit
		Map<String, Long> limits = new HashMap<>(election.meta().categoryLimits());
		limits.putAll(election.meta().neighbourhoodLimits());
		Map<String, Long> spentPerGroup = new HashMap<>();
		tally.steps().stream().filter(step -> step.outcome() == Outcome.FUNDED && step.limit() != null)
			.forEach(step -> spentPerGroup.merge(step.limit(), step.cost(), Long::sum));
		spentPerGroup.forEach((group, spent) -> assertThat(spent).as(group).isLessThanOrEqualTo(limits.get(group)));
		// greedy order: what was funded in the first pass had at least the support of everything considered later
		long left = tally.budget() - tally.spent();
		List<String> unfunded = election.projects().stream().map(Project::id)
			.filter(id -> !tally.selected().contains(id)).toList();
		switch (election.meta().leftover()) {
			case PARTIAL_ONE -> {
				// no skipping: a prefix of the support order is funded, the next one gets the rest, the others wait
				List<Outcome> outcomes = tally.steps().stream().map(Step::outcome).toList();
				int partial = outcomes.indexOf(Outcome.PARTIALLY_FUNDED);
				if (partial >= 0) {
					assertThat(outcomes.subList(0, partial)).containsOnly(Outcome.FUNDED);
					assertThat(outcomes.subList(partial + 1, outcomes.size())).containsOnly(Outcome.NOT_REACHED);
					assertThat(tally.spent()).isEqualTo(tally.budget());
				}
				else {
					assertThat(outcomes).containsOnly(Outcome.FUNDED);
				}
			}
			case FUND_FITTING ->
				// after the leftover pass nothing left out fits what remains of the whole budget
				unfunded.forEach(id -> assertThat(byId.get(id).cost()).as(id).isGreaterThan(left));
			case NONE -> {
				// skipped projects did not fit the budget or their group's limit when their turn came
				for (Step step : tally.steps()) {
					if (step.outcome() == Outcome.DOES_NOT_FIT) {
						assertThat(step.cost()).isGreaterThan(step.budgetLeft());
					}
					if (step.outcome() == Outcome.LIMIT_REACHED) {
						assertThat(step.cost()).isGreaterThan(step.limitLeft());
					}
				}
				if (limits.isEmpty()) {
					unfunded.forEach(id -> assertThat(byId.get(id).cost()).as(id).isGreaterThan(left));
				}
			}
		}
		// Where a file records its winners, the tally gives exactly those. Of the 40 greedy files none does.
		List<String> recorded = election.projects().stream().filter(p -> Integer.valueOf(1).equals(p.selected()))
			.map(Project::id).toList();
		if (!recorded.isEmpty()) {
			assertThat(tally.selected()).containsExactlyInAnyOrderElementsOf(recorded);
		}
	}

	@Test
	void theRulesCanTallyEveryFileEitherWay() {
		for (String name : PabulibFiles.NAMES) {
			Election election = PabulibFiles.election(name);
			for (Rule rule : Rule.values()) {
				Tally tally = Tallies.tally(election, rule);
				assertThat(tally.spent()).as(name + " " + rule).isLessThanOrEqualTo(tally.budget());
				assertThat(tally.steps()).as(name + " " + rule).extracting(Step::projectId)
					.containsAll(election.projects().stream().map(Project::id).toList());
			}
		}
	}

	/**
	 * Ten voters, budget 100, three projects of 50 each. Six voters approve A and B, four approve C.
	 * <p>
	 * Greedy: A and B have 6 votes, C has 4. A (left 50), then B (left 0); C no longer fits. Outcome A, B.
	 * <p>
	 * Equal shares, each voter's share 100 / 10 = 10. C: its four supporters have 40 &lt; 50, unaffordable. A and B:
	 * six supporters pay 50 / 6 = 8.33 each, 0.167 per euro; a tie of equal cost and support, so A (listed first).
	 * A's supporters keep 1.67 each, 10 together: B is unaffordable too. Outcome A, 50 spent.
	 * <p>
	 * Add1: share 11 and 12 leave C's four supporters with 44 and 48, still short, and A alone. At share 13 they have
	 * 52: after A (price 8.33, 0.167 per euro) C costs 12.5 each (0.25 per euro) and is funded; A's supporters have
	 * 4.67 each, 28 together, too little for B. Outcome A, C for 100: nothing else fits, so add1 stops there after 3
	 * increments. The four C voters get their project: the proportional outcome.
	 */
	/**
	 * A budget of a thousand billion for three voters: one wants A (500 billion), two want B (1). Each starts
	 * with a third of the budget, too little to pay A alone, and A still fits what B leaves, so add1 would
	 * raise the share one euro at a time some 167 billion times. The tally refuses instead of counting for
	 * hours; greedy takes B, then A.
	 */
	@Test
	void equalSharesRefusesAnElectionThatWouldTakeAdd1Forever() {
		Election election = election("1000000000000", "", """
				A;500000000000;;
				B;1;;
				""", "A", "B", "B");

		assertThatThrownBy(() -> Tallies.tally(election, Rule.EQUAL_SHARES)).isInstanceOf(TallyRefused.class);
		assertThat(Tallies.tally(election, Rule.GREEDY).selected()).containsExactly("B", "A");
	}

	@Test
	void greedyAndEqualSharesDifferWhereAMinorityAgrees() {
		Election election = election("100", "", """
				A;50;;
				B;50;;
				C;50;;
				""", "A,B", "A,B", "A,B", "A,B", "A,B", "A,B", "C", "C", "C", "C");

		Tally greedy = Tallies.tally(election, Rule.GREEDY);
		Tally shares = Tallies.tally(election, Rule.EQUAL_SHARES);

		assertThat(greedy.selected()).containsExactly("A", "B");
		assertThat(greedy.steps()).extracting(Step::outcome)
			.containsExactly(Outcome.FUNDED, Outcome.FUNDED, Outcome.DOES_NOT_FIT);
		assertThat(shares.selected()).containsExactly("A", "C");
		assertThat(shares.spent()).isEqualTo(100);
		assertThat(shares.completion()).isEqualTo(new Completion(10, 13, 3, true));
		assertThat(shares.rounds()).extracting(EqualSharesRound::projectId).containsExactly("A", "C");
		assertThat(shares.rounds().get(0).pricePerSupporter()).isCloseTo(50.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(shares.rounds().get(1).pricePerSupporter()).isCloseTo(12.5, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(shares.steps()).filteredOn(step -> step.projectId().equals("B")).singleElement()
			.extracting(Step::outcome).isEqualTo(Outcome.SUPPORTERS_CANNOT_PAY);
	}

	/**
	 * Budget 100; P1 costs 60 (5 votes), P2 50 (4 votes), P3 30 (3 votes).
	 * <p>
	 * Plain greedy: P1 (left 40); P2 does not fit and is skipped; P3 fits (left 10). Outcome P1, P3, 90 spent.
	 * <p>
	 * Partially fund one: P1 (left 40); P2 does not fit, gets the 40 left and the tally stops; P3 is not reached.
	 * Outcome P1, P2, 100 spent.
	 */
	@Test
	void partialFundingStopsAtTheFirstProjectThatDoesNotFit() {
		String projects = """
				P1;60;;
				P2;50;;
				P3;30;;
				""";
		String[] ballots = { "P1,P2,P3", "P1,P2,P3", "P1,P2,P3", "P1,P2", "P1" };

		Tally plain = Tallies.tally(election("100", "", projects, ballots), Rule.GREEDY);
		Tally partial = Tallies.tally(election("100",
				"leftover_budget;Partially fund one additional project with highest score\n", projects, ballots), Rule.GREEDY);

		assertThat(plain.selected()).containsExactly("P1", "P3");
		assertThat(plain.spent()).isEqualTo(90);
		assertThat(partial.selected()).containsExactly("P1", "P2");
		assertThat(partial.spent()).isEqualTo(100);
		assertThat(partial.steps()).extracting(Step::outcome)
			.containsExactly(Outcome.FUNDED, Outcome.PARTIALLY_FUNDED, Outcome.NOT_REACHED);
		assertThat(partial.steps().get(1).funded()).isEqualTo(40);
	}

	/**
	 * Budget 100 in two categories of 50. X1 costs 40 (9 votes, X), X2 30 (8 votes, X), Y1 20 (7 votes, Y).
	 * <p>
	 * Within the limits: X1 (X has 10 left, budget 60); X2 costs 30 &gt; 10: limit reached; Y1 (Y has 30 left,
	 * budget 40). Without a leftover policy that is all: X1, Y1, 60 spent. With fund-fitting, the leftover pass takes
	 * X2 (30 of the 40 left, no longer bound by X): X1, Y1, X2, 90 spent.
	 */
	@Test
	void categoryLimitsBindTheFirstPassAndTheLeftoverPassFundsWhatFits() {
		String meta = "categories;X,Y\nbudget_per_category;50,50\n";
		String projects = """
				X1;40;X;
				X2;30;X;
				Y1;20;Y;
				""";
		String[] ballots = new String[9];
		for (int i = 0; i < 9; i++) {
			ballots[i] = i < 7 ? "X1,X2,Y1" : i < 8 ? "X1,X2" : "X1";
		}

		Tally bound = Tallies.tally(election("100", meta, projects, ballots), Rule.GREEDY);
		Tally leftover = Tallies.tally(election("100",
				meta + "leftover_budget;Fund additional projects that fit within leftover budget ordered by score\n",
				projects, ballots), Rule.GREEDY);

		assertThat(bound.selected()).containsExactly("X1", "Y1");
		assertThat(bound.steps().get(1).outcome()).isEqualTo(Outcome.LIMIT_REACHED);
		assertThat(bound.steps().get(1).limitLeft()).isEqualTo(10);
		assertThat(leftover.selected()).containsExactly("X1", "Y1", "X2");
		assertThat(leftover.spent()).isEqualTo(90);
		assertThat(leftover.steps().get(3).outcome()).isEqualTo(Outcome.FUNDED_FROM_LEFTOVER);
	}

	@Test
	void equalSupportKeepsTheOrderOfTheProjectList() {
		Election election = election("50", "", """
				late;50;;
				early;50;;
				""", "late", "early");

		assertThat(Tallies.tally(election, Rule.GREEDY).selected()).containsExactly("late");
	}

	/** A small election as a .pb text: budget, extra META lines, project rows (id;cost;category;) and ballots. */
	static Election election(String budget, String meta, String projects, String... ballots) {
		List<String> votes = new ArrayList<>();
		for (int i = 0; i < ballots.length; i++) {
			votes.add((i + 1) + ";" + ballots[i]);
		}
		return PabulibReader.read("META\nkey;value\nbudget;" + budget + "\nvote_type;approval\n" + meta
				+ "PROJECTS\nproject_id;cost;category;name\n" + projects + "VOTES\nvoter_id;vote\n" + String.join("\n", votes)
				+ "\n");
	}

}
