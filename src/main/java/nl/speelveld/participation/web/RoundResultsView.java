package nl.speelveld.participation.web;

import java.util.List;
import java.util.Optional;

import nl.speelveld.participation.budgeting.Outcome;
import nl.speelveld.participation.budgeting.Rule;
import nl.speelveld.participation.budgeting.Step;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.rounds.BudgetProject;
import nl.speelveld.participation.rounds.ProjectUpdate;
import nl.speelveld.participation.rounds.RoundResults;
import org.jspecify.annotations.Nullable;

/**
 * The results of a round, explained: one row per project in the order the tally considered them, with its
 * votes, cost, outcome and the reason in words; {@code result} is null while voting is not over.
 */
public record RoundResultsView(Process process, String areaName, RoundResults.@Nullable Result result,
		List<ProjectUpdate> updates) {

	/** A project's row: the step of the tally that decided it, the reason as a message key with its arguments. */
	public record Row(BudgetProject project, Step step, boolean funded, String reasonKey, List<Object> reasonArguments) {
	}

	public List<Row> rows() {
		if (this.result == null) {
			return List.of();
		}
		Rule rule = this.result.tally().rule();
		return this.result.tally().steps().stream().map(step -> {
			BudgetProject project = this.result.round().project(Integer.parseInt(step.projectId())).orElseThrow();
			boolean funded = this.result.funded(project);
			return new Row(project, step, funded, reasonKey(rule, step), reasonArguments(step));
		}).toList();
	}

	public boolean equalShares() {
		return this.result != null && this.result.tally().rule() == Rule.EQUAL_SHARES;
	}

	/** Each voter's equal share of the budget at the start of the tally. */
	public double share() {
		return this.result == null || this.result.ballots() == 0 ? 0 : (double) this.result.round().budget() / this.result.ballots();
	}

	public Optional<ProjectUpdate> latest(BudgetProject project) {
		return this.updates.stream().filter(update -> update.project().equals(project.id())).findFirst();
	}

	public List<ProjectUpdate> updatesOf(BudgetProject project) {
		return this.updates.stream().filter(update -> update.project().equals(project.id())).toList();
	}

	private static String reasonKey(Rule rule, Step step) {
		String outcome = step.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		if (step.outcome() == Outcome.FUNDED) {
			return "round.reason." + outcome + "." + rule.key();
		}
		return "round.reason." + outcome;
	}

	/** Always the same arguments, so every reason text may use what it needs: {0} turn, {1} votes, {2} cost, {3} left, {4} limit, {5} limit left, {6} funded, {7} supporters' money. */
	private static List<Object> reasonArguments(Step step) {
		return List.of(step.step(), step.support(), step.cost(), step.budgetLeft(), step.limit() == null ? "" : step.limit(),
				step.limitLeft() == null ? 0L : step.limitLeft(), step.funded(),
				step.supportersMoney() == null ? 0L : Math.round(step.supportersMoney()));
	}

}
