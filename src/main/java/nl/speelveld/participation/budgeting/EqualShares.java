package nl.speelveld.participation.budgeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Method of Equal Shares (Peters and Skowron) for approval ballots with cost utilities, with add1 completion,
 * as Pabulib's {@code equalshares/add1} and pabutools define it.
 * <p>
 * Every voter gets an equal share of the budget. Each round, for every project its supporters could still pay
 * for, find the price per supporter: the least amount {@code s} such that the supporters, each paying {@code s}
 * or all they have left if less, together pay its cost. With cost utilities a project's value to a supporter is
 * its cost, so projects are compared by {@code s / cost}, the price per euro of project: the lowest wins the round
 * and its supporters pay. Ties (equal within a relative {@value #TIE}) go to the cheaper project, then the one with
 * more support, then the one listed first (Pabulib's checker: lower cost, then more approvals). The method ends
 * when no project's supporters can pay for it.
 * <p>
 * Add1 completion: the outcome usually leaves budget unspent, so the tally runs again with each voter's share one
 * unit (one euro) higher, and again, as long as the outcome stays within the real budget; it takes the last
 * outcome within the budget, or stops early at an outcome to which no other project would fit (pabutools'
 * {@code voter_budget_increment=1}: start at budget / voters, then +1 each time). No greedy completion follows:
 * Pabulib names that variant differently.
 * <p>
 * Money is counted in doubles: exact fractions cost too much for a million ballots, and the relative tolerance
 * above keeps rounding noise from deciding a tie or an affordability check.
 */
final class EqualShares {

	static final double TIE = 1e-9;

	private EqualShares() {
	}

	static Tally tally(Election election) {
		return new EqualShares.Run(election).tally();
	}

	/** One tally: the indexes built once, shared by every add1 pass. */
	private static final class Run {

		private final Election election;

		private final long budget;

		private final int voters;

		private final long[] cost;

		private final Ballots.Supporters supporters;

		private final int[] candidates;

		Run(Election election) {
			this.election = election;
			this.budget = election.budget();
			this.voters = election.ballots().count();
			int projects = election.projects().size();
			this.cost = new long[projects];
			for (int p = 0; p < projects; p++) {
				this.cost[p] = election.projects().get(p).cost();
			}
			this.supporters = election.ballots().supporters(projects);
			this.candidates = java.util.stream.IntStream.range(0, projects)
				.filter(p -> this.supporters.count(p) > 0)
				.toArray();
		}

		/** Passes of add1 always allowed; real rounds need a handful. */
		private static final long MOST_INCREMENTS_AT_LEAST = 1_000;

		/** Work over all passes, at most, counted in ballot marks read: some seconds. */
		private static final long MOST_WORK = 2_000_000_000L;

		/** What a pass costs besides reading the marks and the projects, in the same count. */
		private static final long PASS_OVERHEAD = 10_000;

		Tally tally() {
			if (this.voters == 0) {
				return outcome(new Pass(new double[0], List.of(), List.of(), 0), null);
			}
			double start = (double) this.budget / this.voters;
			double share = start;
			Pass previous = null;
			int increments = 0;
			long perPass = PASS_OVERHEAD + this.election.ballots().end(this.voters - 1) + 64L * this.cost.length;
			long mostIncrements = Math.max(MOST_INCREMENTS_AT_LEAST, MOST_WORK / perPass);
			while (true) {
				if (increments > mostIncrements) {
					// a file whose budget is far beyond what its projects cost per voter: add1 would count on
					// for hours, so the tally refuses rather than hold the processor
					throw new TallyRefused("budgeting.tally.add1-too-long", String.valueOf(mostIncrements));
				}
				Pass pass = pass(share);
				if (pass.cost > this.budget && previous != null) {
					// the first pass never overspends: each voter pays at most their share of the budget
					return outcome(previous, new Completion(start, share - 1, increments - 1, false));
				}
				if (exhaustive(pass)) {
					return outcome(pass, new Completion(start, share, increments, true));
				}
				previous = pass;
				share += 1;
				increments++;
			}
		}

		/** Whether no project left out would fit in what the outcome leaves of the budget. */
		private boolean exhaustive(Pass pass) {
			long left = this.budget - pass.cost;
			for (int p : this.candidates) {
				if (!pass.funded(p) && this.cost[p] <= left) {
					return false;
				}
			}
			return true;
		}

		/** Equal shares with every voter starting at {@code share}. */
		private Pass pass(double share) {
			double[] money = new double[this.voters];
			Arrays.fill(money, share);
			int[] starts = this.supporters.starts();
			int[] ids = this.supporters.voters();
			double[] lastRho = new double[this.cost.length];
			boolean[] out = new boolean[this.cost.length];
			List<Integer> chosen = new ArrayList<>();
			List<EqualSharesRound> rounds = new ArrayList<>();
			long spent = 0;
			Integer[] order = new Integer[this.candidates.length];
			for (int i = 0; i < order.length; i++) {
				int p = this.candidates[i];
				order[i] = p;
				// zero-cost projects go first, at no price; otherwise nobody can pay less than an equal split
				lastRho[p] = this.cost[p] == 0 ? 0 : 1.0 / this.supporters.count(p);
			}
			while (true) {
				Arrays.sort(order, (a, b) -> Double.compare(lastRho[a], lastRho[b]));
				int best = -1;
				double bestRho = Double.POSITIVE_INFINITY;
				double bestPrice = 0;
				for (int p : order) {
					if (out[p]) {
						continue;
					}
					if (lastRho[p] > bestRho * (1 + TIE)) {
						break;
					}
					double price = price(p, money, starts, ids);
					if (price < 0) {
						out[p] = true;
						continue;
					}
					double rho = this.cost[p] == 0 ? 0 : price / this.cost[p];
					lastRho[p] = rho;
					if (best < 0 || rho < bestRho * (1 - TIE) || (rho <= bestRho * (1 + TIE) && before(p, best))) {
						best = p;
						bestRho = rho;
						bestPrice = price;
					}
				}
				if (best < 0) {
					break;
				}
				out[best] = true;
				double before = 0;
				int payingAll = 0;
				for (int i = starts[best]; i < starts[best + 1]; i++) {
					int v = ids[i];
					before += money[v];
					if (money[v] <= bestPrice) {
						money[v] = 0;
						payingAll++;
					}
					else {
						money[v] -= bestPrice;
					}
				}
				chosen.add(best);
				spent += this.cost[best];
				rounds.add(new EqualSharesRound(rounds.size() + 1, this.election.projects().get(best).id(),
						this.cost[best], this.supporters.count(best), bestPrice, payingAll, before, share * this.voters - spent));
			}
			return new Pass(money, chosen, rounds, spent);
		}

		/** Ties: the cheaper project, then the one with more support, then the one listed first. */
		private boolean before(int p, int q) {
			if (this.cost[p] != this.cost[q]) {
				return this.cost[p] < this.cost[q];
			}
			if (this.supporters.count(p) != this.supporters.count(q)) {
				return this.supporters.count(p) > this.supporters.count(q);
			}
			return p < q;
		}

		/**
		 * The least price per supporter at which the supporters of {@code p} pay its cost, those with less paying
		 * all they have; -1 when all of them together have too little. Starts from an equal split and moves the
		 * supporters who cannot pay it to paying all, until no one else falls short: a few walks over the
		 * supporters, as the price only rises.
		 */
		private double price(int p, double[] money, int[] starts, int[] ids) {
			int from = starts[p];
			int to = starts[p + 1];
			int count = to - from;
			double projectCost = this.cost[p];
			if (projectCost == 0) {
				return 0;
			}
			double price = projectCost / count;
			double total = 0;
			double poorMoney = 0;
			int poor = 0;
			for (int i = from; i < to; i++) {
				double m = money[ids[i]];
				total += m;
				if (m < price) {
					poorMoney += m;
					poor++;
				}
			}
			if (total < projectCost * (1 - TIE)) {
				return -1;
			}
			int settled = 0;
			while (poor != settled && poor < count) {
				settled = poor;
				price = (projectCost - poorMoney) / (count - poor);
				poorMoney = 0;
				poor = 0;
				for (int i = from; i < to; i++) {
					double m = money[ids[i]];
					if (m < price) {
						poorMoney += m;
						poor++;
					}
				}
			}
			return poor >= count ? Math.max(price, 0) : price;
		}

		private Tally outcome(Pass pass, Completion completion) {
			List<Project> projects = this.election.projects();
			List<Step> steps = new ArrayList<>();
			long left = this.budget;
			int[] roundOf = new int[projects.size()];
			for (int r = 0; r < pass.chosen.size(); r++) {
				int p = pass.chosen.get(r);
				roundOf[p] = r + 1;
				steps.add(new Step(r + 1, projects.get(p).id(), this.supporters.count(p), this.cost[p], left, null, null,
						Outcome.FUNDED, this.cost[p], pass.rounds.get(r).supportersMoneyBefore()));
				left -= this.cost[p];
			}
			for (int p = 0; p < projects.size(); p++) {
				if (roundOf[p] > 0) {
					continue;
				}
				int count = this.supporters.count(p);
				double money = 0;
				for (int i = this.supporters.starts()[p]; i < this.supporters.starts()[p + 1]; i++) {
					money += pass.money.length == 0 ? 0 : pass.money[this.supporters.voters()[i]];
				}
				steps.add(new Step(0, projects.get(p).id(), count, this.cost[p], left, null, null,
						count == 0 ? Outcome.NO_SUPPORT : Outcome.SUPPORTERS_CANNOT_PAY, 0, money));
			}
			List<String> selected = pass.chosen.stream().map(p -> projects.get(p).id()).toList();
			return new Tally(Rule.EQUAL_SHARES, this.budget, selected, pass.cost, steps, pass.rounds, completion);
		}

	}

	/** The outcome of one pass: voters' money left, projects in the order chosen, the rounds and their cost. */
	private record Pass(double[] money, List<Integer> chosen, List<EqualSharesRound> rounds, long cost) {

		boolean funded(int project) {
			return this.chosen.contains(project);
		}

	}

}
