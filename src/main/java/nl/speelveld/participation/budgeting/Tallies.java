package nl.speelveld.participation.budgeting;

/** The entry point: tallies an election by a rule. */
public final class Tallies {

	private Tallies() {
	}

	public static Tally tally(Election election, Rule rule) {
		return switch (rule) {
			case GREEDY -> Greedy.tally(election);
			case EQUAL_SHARES -> EqualShares.tally(election);
		};
	}

	/**
	 * Each project's support: for approval and choose-1 ballots the number of ballots that name it; with points
	 * (cumulative) the sum of its points.
	 */
	static long[] support(Election election) {
		int projects = election.projects().size();
		long[] support = new long[projects];
		Ballots ballots = election.ballots();
		if (!ballots.hasPoints()) {
			int[] counts = ballots.approvalCounts(projects);
			for (int p = 0; p < projects; p++) {
				support[p] = counts[p];
			}
			return support;
		}
		for (int b = 0; b < ballots.count(); b++) {
			for (int i = ballots.start(b); i < ballots.end(b); i++) {
				support[ballots.project(i)] += ballots.points(i);
			}
		}
		return support;
	}

}
