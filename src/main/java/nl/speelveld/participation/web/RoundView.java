package nl.speelveld.participation.web;

import java.util.List;
import java.util.Optional;

import nl.speelveld.participation.processes.Contribution;
import nl.speelveld.participation.processes.Phase;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.rounds.BudgetProject;
import nl.speelveld.participation.rounds.ProjectUpdate;
import nl.speelveld.participation.rounds.Round;
import nl.speelveld.participation.rounds.RoundResults;
import nl.speelveld.participation.rounds.Verification;
import nl.speelveld.participation.rounds.VotingPhase;
import org.jspecify.annotations.Nullable;

/**
 * The page of a round: its projects and rules, and what the visitor can do now: give a letter code or
 * sign in, vote or change their vote, or, once voting is over, read the results and follow the funded
 * projects. {@code round} is null while the owner has not set it up.
 */
public record RoundView(Process process, String areaName, @Nullable Round round, RoundResults.@Nullable Result result,
		boolean verified, boolean voted, boolean signedIn, boolean needsResidency, List<ProjectUpdate> updates) {

	public boolean votingOpen() {
		return this.process.opens(Contribution.VOTE);
	}

	public boolean votingOver() {
		return VotingPhase.over(this.process);
	}

	public Optional<Phase> votingPhase() {
		return VotingPhase.position(this.process).stream().mapToObj(position -> this.process.phases().get(position)).findFirst();
	}

	public boolean byLetter() {
		return this.round != null && this.round.verification() == Verification.LETTER_CODE;
	}

	public Optional<ProjectUpdate> latest(BudgetProject project) {
		return this.updates.stream().filter(update -> update.project().equals(project.id())).findFirst();
	}

	public List<BudgetProject> funded() {
		return this.result == null ? List.of() : this.result.fundedProjects();
	}

}
