package nl.speelveld.participation.budgeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * Greedy by support. Projects go in order of support, most first; equal support keeps the order of the election's
 * project list, as Pabulib's checker does (its stable sort on votes keeps the file's order). Each project that fits
 * what is left is funded; one that does not is skipped and the next is tried. Projects nobody voted for are never
 * funded.
 * <p>
 * On top of that, as the Amsterdam files describe: a category or neighbourhood limit (see
 * {@link ElectionMeta#categoryLimits()}) caps what the pass spends per group; with the leftover policy
 * {@link LeftoverPolicy#FUND_FITTING} a second pass funds, by support, the projects that fit what the whole budget
 * still has, no longer bound by their group; with {@link LeftoverPolicy#PARTIAL_ONE} the pass does not skip: it
 * stops at the first project that does not fit, which gets what is left.
 */
final class Greedy {

	private Greedy() {
	}

	static Tally tally(Election election) {
		List<Project> projects = election.projects();
		long[] support = Tallies.support(election);
		int[] order = IntStream.range(0, projects.size())
			.boxed()
			.sorted(Comparator.comparingLong((Integer p) -> -support[p]).thenComparingInt(p -> p))
			.mapToInt(Integer::intValue)
			.toArray();
		ElectionMeta meta = election.meta();
		Map<String, Long> categoryLeft = new HashMap<>(meta.categoryLimits());
		Map<String, Long> neighbourhoodLeft = new HashMap<>(meta.neighbourhoodLimits());
		boolean limited = !categoryLeft.isEmpty() || !neighbourhoodLeft.isEmpty();
		LeftoverPolicy policy = meta.leftover();

		List<Step> steps = new ArrayList<>();
		List<String> selected = new ArrayList<>();
		boolean[] funded = new boolean[projects.size()];
		long left = election.budget();
		long spent = 0;
		boolean stopped = false;
		int turn = 0;
		for (int p : order) {
			Project project = projects.get(p);
			turn++;
			String limit = limitOf(project, categoryLeft, neighbourhoodLeft);
			Long limitLeft = limit == null ? null : groupLeft(limit, categoryLeft, neighbourhoodLeft);
			Outcome outcome;
			long paid = 0;
			if (support[p] == 0) {
				outcome = Outcome.NO_SUPPORT;
			}
			else if (stopped) {
				outcome = Outcome.NOT_REACHED;
			}
			else if (project.cost() > left) {
				if (policy == LeftoverPolicy.PARTIAL_ONE && left > 0) {
					outcome = Outcome.PARTIALLY_FUNDED;
					paid = left;
					stopped = true;
				}
				else {
					outcome = Outcome.DOES_NOT_FIT;
				}
			}
			else if (limitLeft != null && project.cost() > limitLeft) {
				outcome = Outcome.LIMIT_REACHED;
			}
			else {
				outcome = Outcome.FUNDED;
				paid = project.cost();
				if (limit != null) {
					charge(limit, paid, categoryLeft, neighbourhoodLeft);
				}
			}
			steps.add(new Step(turn, project.id(), support[p], project.cost(), left, limit, limitLeft, outcome, paid, null));
			if (paid > 0 || outcome == Outcome.FUNDED) {
				funded[p] = true;
				selected.add(project.id());
				left -= paid;
				spent += paid;
			}
		}
		if (limited && policy == LeftoverPolicy.FUND_FITTING) {
			for (int p : order) {
				Project project = projects.get(p);
				if (funded[p] || support[p] == 0) {
					continue;
				}
				turn++;
				boolean fits = project.cost() <= left;
				steps.add(new Step(turn, project.id(), support[p], project.cost(), left, null, null,
						fits ? Outcome.FUNDED_FROM_LEFTOVER : Outcome.DOES_NOT_FIT, fits ? project.cost() : 0, null));
				if (fits) {
					funded[p] = true;
					selected.add(project.id());
					left -= project.cost();
					spent += project.cost();
				}
			}
		}
		return new Tally(Rule.GREEDY, election.budget(), selected, spent, steps, List.of(), null);
	}

	/** The group whose limit binds the project: its category if that has a limit, else its neighbourhood. */
	private static @Nullable String limitOf(Project project, Map<String, Long> categories,
			Map<String, Long> neighbourhoods) {
		if (project.category() != null && categories.containsKey(project.category())) {
			return project.category();
		}
		String neighbourhood = project.other().get("neighborhood");
		if (neighbourhood != null && neighbourhoods.containsKey(neighbourhood)) {
			return neighbourhood;
		}
		return null;
	}

	private static Long groupLeft(String group, Map<String, Long> categories, Map<String, Long> neighbourhoods) {
		return categories.containsKey(group) ? categories.get(group) : neighbourhoods.get(group);
	}

	private static void charge(String group, long amount, Map<String, Long> categories, Map<String, Long> neighbourhoods) {
		if (categories.containsKey(group)) {
			categories.merge(group, -amount, Long::sum);
		}
		else {
			neighbourhoods.merge(group, -amount, Long::sum);
		}
	}

}
