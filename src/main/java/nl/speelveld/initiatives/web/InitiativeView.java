package nl.speelveld.initiatives.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.initiatives.InitiativeStatus;
import nl.speelveld.initiatives.lifecycle.AssetLinks;
import nl.speelveld.initiatives.lifecycle.HistoryLine;
import nl.speelveld.initiatives.lifecycle.Initiative;
import nl.speelveld.initiatives.lifecycle.LocalRules;
import nl.speelveld.initiatives.lifecycle.Step;
import nl.speelveld.initiatives.lifecycle.Updates.Update;
import org.jspecify.annotations.Nullable;

/**
 * Everything the page of one initiative shows: the initiative, its place and rules, its history and news,
 * its supporters, the guide, the people who could take it in, and the steps the visitor can take now.
 */
public record InitiativeView(Initiative initiative, String areaName, LocalRules rules, List<HistoryLine> history,
		List<Update> updates, List<String> supporterNames, boolean signedIn, boolean own, boolean supporting, Set<Step> steps,
		@Nullable Person guide, List<Person> suggested, List<Option> takeInPosts, List<AssetLinks.LinkedAsset> linked, List<Nearby> nearby) {

	/** A professional shown on the page: name, role, organisation and a link to their public page. */
	public record Person(String name, String role, String organisation, String href) {
	}

	public record Option(String value, String label) {
	}

	/** A place near the initiative that could give it space. */
	public record Nearby(UUID id, String name, String kind, String href, long metres) {
	}

	public boolean can(Step step) {
		return this.steps.contains(step);
	}

	public boolean awaitsAnswer() {
		return InitiativeStatus.AWAITING_ANSWER.contains(this.initiative.status()) && this.initiative.answerDue() != null;
	}

	/** The reasons given with the decision on support, the latest first. */
	public @Nullable HistoryLine decision() {
		return this.history.stream()
			.filter(line -> line.kind().equals(Step.GRANT.key()) || line.kind().equals(Step.DECLINE.key()))
			.reduce((first, second) -> second)
			.orElse(null);
	}

}
