package nl.speelveld.participation.web;

import java.util.List;

import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.rounds.BallotType;
import nl.speelveld.participation.rounds.BudgetProject;
import nl.speelveld.participation.rounds.Round;

/** The ballot: the projects to choose from, what the voter chose (their earlier ballot, or a refused try), and for a knapsack what is left. */
public record BallotView(Process process, String areaName, Round round, List<Integer> chosen, boolean changing) {

	public boolean isChosen(BudgetProject project) {
		return this.chosen.contains(project.position());
	}

	public long spent() {
		return this.round.projects().stream().filter(this::isChosen).mapToLong(BudgetProject::cost).sum();
	}

	public long left() {
		return this.round.budget() - spent();
	}

	public boolean knapsack() {
		return this.round.ballotType() == BallotType.KNAPSACK;
	}

	public boolean chooseOne() {
		return this.round.ballotType() == BallotType.CHOOSE_ONE;
	}

}
