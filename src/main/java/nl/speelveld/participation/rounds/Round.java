package nl.speelveld.participation.rounds;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.participation.budgeting.Rule;
import org.jspecify.annotations.Nullable;

/**
 * The budgeting round of a process: the budget in whole euros, the ballot, the tally rule, how voters are
 * verified, whether a ballot may be changed until voting closes, the categories and the projects in ballot order.
 */
public record Round(UUID process, long budget, BallotType ballotType, Rule rule, @Nullable Integer maxChoices,
		Verification verification, boolean changeable, List<Category> categories, List<BudgetProject> projects) {

	public Round {
		categories = List.copyOf(categories);
		projects = List.copyOf(projects);
	}

	public Optional<BudgetProject> project(int position) {
		return this.projects.stream().filter(project -> project.position() == position).findFirst();
	}

	public Optional<BudgetProject> project(UUID id) {
		return this.projects.stream().filter(project -> project.id().equals(id)).findFirst();
	}

}
