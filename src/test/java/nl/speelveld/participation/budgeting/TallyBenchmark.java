package nl.speelveld.participation.budgeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Tallies a million synthetic approval ballots over a hundred projects with both rules and prints the median
 * of several runs beside the floor: counting the approvals once. Run by bench/tally.sh.
 * <p>
 * The election is seeded, so every run tallies the same ballots. Project popularity is skewed as in the Amsterdam
 * files (a few projects on a third of the ballots, most on a few per cent), about four approvals per ballot;
 * costs 5,000 to 100,000, a budget of a fifth of all costs. The floor is measured after the rules, so that it runs
 * as warm as they do.
 */
public final class TallyBenchmark {

	private TallyBenchmark() {
	}

	public static void main(String[] args) {
		int voters = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int projects = args.length > 1 ? Integer.parseInt(args[1]) : 100;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
		long started = System.nanoTime();
		Election election = election(voters, projects, 20240415L);
		Ballots ballots = election.ballots();
		System.out.printf("Election: %,d approval ballots over %d projects, %,d approvals (%.1f per ballot), budget %,d; built in %d ms%n",
				ballots.count(), projects, ballots.end(ballots.count() - 1), (double) ballots.end(ballots.count() - 1) / ballots.count(),
				election.budget(), (System.nanoTime() - started) / 1_000_000);

		Map<Rule, Double> medians = new LinkedHashMap<>();
		Map<Rule, Tally> tallies = new LinkedHashMap<>();
		for (Rule rule : Rule.values()) {
			tallies.put(rule, Tallies.tally(election, rule));
			medians.put(rule, median(runs, () -> Tallies.tally(election, rule)));
		}
		double floor = median(runs, () -> ballots.approvalCounts(projects));
		System.out.printf("%-14s %12s %10s%n", "", "median ms", "x floor");
		System.out.printf("%-14s %12.1f %10s%n", "count once", floor, "1.0");
		for (Rule rule : Rule.values()) {
			Tally tally = tallies.get(rule);
			String extra = tally.completion() == null ? ""
					: String.format("  (add1: %d increments, share %.2f to %.2f)", tally.completion().increments(),
							tally.completion().startShare(), tally.completion().finalShare());
			System.out.printf("%-14s %12.1f %10.1f   %d projects, %,d spent; aim <= 2000 ms: %s%s%n", rule.key(),
					medians.get(rule), medians.get(rule) / floor, tally.selected().size(), tally.spent(),
					medians.get(rule) <= 2000 ? "met" : "MISSED", extra);
		}
	}

	static Election election(int voters, int projectCount, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[] popularity = new double[projectCount];
		List<Project> projects = new ArrayList<>();
		long totalCost = 0;
		for (int p = 0; p < projectCount; p++) {
			// a long tail: 35% for the favourite, down to about 1.5%
			popularity[p] = 0.35 * Math.pow(p + 1, -0.7) + 0.01 * random.nextDouble();
			long cost = 5_000 + 1_000L * random.nextInt(96);
			totalCost += cost;
			projects.add(Project.of("p" + (p + 1), cost, "Project " + (p + 1), null));
		}
		int[] offsets = new int[voters + 1];
		int[] marks = new int[voters * 8];
		int length = 0;
		for (int v = 0; v < voters; v++) {
			for (int p = 0; p < projectCount; p++) {
				if (random.nextDouble() < popularity[p]) {
					if (length == marks.length) {
						marks = Arrays.copyOf(marks, marks.length * 2);
					}
					marks[length++] = p;
				}
			}
			offsets[v + 1] = length;
		}
		String[] ids = new String[voters];
		for (int v = 0; v < voters; v++) {
			ids[v] = Integer.toString(v + 1);
		}
		Map<String, String> meta = new LinkedHashMap<>();
		meta.put("budget", Long.toString(totalCost / 5 / 1000 * 1000));
		meta.put("vote_type", "approval");
		return new Election(new ElectionMeta(meta), projects, new Ballots(ids, offsets, Arrays.copyOf(marks, length), null));
	}

	private static double median(int runs, Runnable work) {
		for (int i = 0; i < 2; i++) {
			work.run();
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis[runs / 2];
	}

}
