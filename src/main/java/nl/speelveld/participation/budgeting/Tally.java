package nl.speelveld.participation.budgeting;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a tally: the projects funded (in the order the rule chose them), the amount spent (a partially
 * funded project counts with what it got), and the explanation as data for a results page: a {@link Step} per
 * decision, the rounds of equal shares, and how add1 completion ended (null for greedy).
 */
public record Tally(Rule rule, long budget, List<String> selected, long spent, List<Step> steps,
		List<EqualSharesRound> rounds, @Nullable Completion completion) {

	public Tally {
		selected = List.copyOf(selected);
		steps = List.copyOf(steps);
		rounds = List.copyOf(rounds);
	}

}
