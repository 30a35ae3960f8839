package nl.speelveld.participation.web;

import java.util.List;

import nl.speelveld.participation.processes.Contribution;
import nl.speelveld.participation.processes.Document;
import nl.speelveld.participation.processes.Phase;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessStep;
import nl.speelveld.participation.processes.Rung;
import nl.speelveld.participation.proposals.ProposalOutcomes;
import org.jspecify.annotations.Nullable;

/**
 * What the page of a process shows: the process, where it stands, how to take part, its documents and
 * history, and for those who run it the way to its management.
 */
public record ProcessView(Process process, String areaName, List<Component> components, List<Document> documents,
		List<ProcessStep> history, boolean canRun, boolean signedIn, boolean needsResidency,
		ProposalOutcomes.@Nullable Overview outcomes) {

	/** How many answered proposals the page lists; the rest are on the proposals list, filtered on answered. */
	public static final int ANSWERS_SHOWN = 30;

	/** A component the process uses, with a link to its page and whether residents can contribute there now. */
	public record Component(String key, String href, boolean openNow) {
	}

	/** Whether the page has anything to say on what happened with residents' input. */
	public boolean accounts() {
		return (this.process.report() != null && !this.process.report().isBlank())
				|| (this.outcomes != null && this.outcomes.total() > 0);
	}

	public List<ProposalOutcomes.Answered> answersShown() {
		return this.outcomes == null ? List.of()
				: this.outcomes.answered().subList(0, Math.min(ANSWERS_SHOWN, this.outcomes.answered().size()));
	}

	public List<Rung> ladder() {
		return List.of(Rung.values());
	}

	/** Whether this phase is behind, running or still ahead, for the timeline. */
	public String stateOf(Phase phase) {
		Integer now = this.process.currentPhase();
		return switch (this.process.status()) {
			case DRAFT -> "ahead";
			case CLOSED -> "done";
			case OPEN -> now == null || phase.position() > now ? "ahead" : phase.position() == now ? "now" : "done";
		};
	}

	static List<Component> components(Process process) {
		String base = "/participatie/" + process.id();
		return process.components()
			.stream()
			.map(key -> switch (key) {
				case Process.PROPOSALS -> new Component(key, base + "/voorstellen",
						process.opens(Contribution.PROPOSE) || process.opens(Contribution.SUPPORT));
				case Process.SURVEYS -> new Component(key, base + "/vragenlijsten", process.opens(Contribution.RESPOND));
				case Process.MEETINGS -> new Component(key, base + "/bijeenkomsten", process.opens(Contribution.REGISTER));
				default -> new Component(key, base + "/begroting", process.opens(Contribution.VOTE));
			})
			.toList();
	}

}
