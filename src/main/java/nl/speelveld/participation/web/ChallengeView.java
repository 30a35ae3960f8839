package nl.speelveld.participation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.speelveld.participation.challenges.Actor;
import nl.speelveld.participation.challenges.AssessmentLine;
import nl.speelveld.participation.challenges.Challenge;
import nl.speelveld.participation.challenges.HistoryLine;
import nl.speelveld.participation.challenges.Step;
import nl.speelveld.participation.challenges.Verdict;

/**
 * The page of one request for the person looking: what everyone sees, and the contact details and forms
 * only for those who play a part ({@code who}).
 */
public record ChallengeView(Challenge challenge, String areaName, List<AssessmentLine> assessment,
		List<HistoryLine> history, Set<Actor> who, Set<Step> steps, LocalDate today) {

	public boolean can(Step step) {
		return this.steps.contains(step);
	}

	/** The gemeente's people and the requester see how to reach the group; the public never does. */
	public boolean showsContact() {
		return !this.who.isEmpty();
	}

	public boolean assessed() {
		return this.assessment.stream().anyMatch(line -> line.verdict() != null);
	}

	public long count(Verdict verdict) {
		return this.assessment.stream().filter(line -> line.verdict() == verdict).count();
	}

	public boolean overdue() {
		return this.challenge.overdue(this.today);
	}

}
