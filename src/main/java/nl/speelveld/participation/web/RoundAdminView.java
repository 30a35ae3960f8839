package nl.speelveld.participation.web;

import java.util.List;

import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.proposals.ProposalOutcomes;
import nl.speelveld.participation.rounds.BallotType;
import nl.speelveld.participation.rounds.Progress;
import nl.speelveld.participation.rounds.ProjectForm;
import nl.speelveld.participation.rounds.Round;
import nl.speelveld.participation.rounds.RoundForm;
import nl.speelveld.participation.rounds.RoundResults;
import nl.speelveld.participation.rounds.Verification;
import nl.speelveld.participation.rounds.VotingPhase;
import nl.speelveld.shared.Complaints;
import org.jspecify.annotations.Nullable;

/** The owner's page of a round: the forms while it may change, the counts of codes and ballots, and the progress forms after the vote. */
public record RoundAdminView(Process process, String areaName, @Nullable Round round, RoundForm form, ProjectForm projectForm,
		Complaints complaints, List<ProposalOutcomes.Answered> adoptedProposals, int codes, int ballots,
		RoundResults.@Nullable Result result) {

	public boolean editable() {
		return !VotingPhase.begun(this.process);
	}

	public boolean hasVotingPhase() {
		return VotingPhase.position(this.process).isPresent();
	}

	public boolean byLetter() {
		return this.round != null && this.round.verification() == Verification.LETTER_CODE;
	}

	public BallotType[] ballotTypes() {
		return BallotType.values();
	}

	public Verification[] verifications() {
		return Verification.values();
	}

	public Progress[] progressStates() {
		return Progress.values();
	}

	public String[] rules() {
		return new String[] { "equal-shares", "greedy" };
	}

}
