package nl.speelveld.participation.rounds;

import java.util.Collection;
import java.util.TreeSet;

/** Whether a choice of projects is a valid ballot in a round; the projects come back sorted, each once. */
final class BallotRules {

	private BallotRules() {
	}

	static int[] check(Round round, Collection<Integer> chosen) {
		TreeSet<Integer> positions = new TreeSet<>(chosen);
		if (positions.isEmpty()) {
			throw new BallotRefused(BallotRefused.EMPTY);
		}
		long cost = 0;
		for (int position : positions) {
			cost += round.project(position).orElseThrow(() -> new BallotRefused(BallotRefused.UNKNOWN_PROJECT)).cost();
		}
		switch (round.ballotType()) {
			case CHOOSE_ONE -> {
				if (positions.size() != 1) {
					throw new BallotRefused(BallotRefused.CHOOSE_ONE);
				}
			}
			case KNAPSACK -> {
				if (cost > round.budget()) {
					throw new BallotRefused(BallotRefused.OVER_BUDGET, cost, round.budget());
				}
			}
			case APPROVAL -> {
			}
		}
		if (round.maxChoices() != null && positions.size() > round.maxChoices()) {
			throw new BallotRefused(BallotRefused.TOO_MANY, round.maxChoices());
		}
		return positions.stream().mapToInt(Integer::intValue).toArray();
	}

}
