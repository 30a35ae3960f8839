package nl.speelveld.participation.web;

import java.util.List;

import nl.speelveld.participation.processes.Contribution;
import nl.speelveld.participation.processes.Document;
import nl.speelveld.participation.processes.Phase;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessStep;
import nl.speelveld.participation.processes.Rung;

/**
 * What the page of a process shows: the process, where it stands, how to take part, its documents and
 * history, and for those who run it the way to its management.
 */
public record ProcessView(Process process, String areaName, List<Component> components, List<Document> documents,
		List<ProcessStep> history, boolean canRun, boolean signedIn, boolean needsResidency) {

	/** A component the process uses, with a link to its page and whether residents can contribute there now. */
	public record Component(String key, String href, boolean openNow) {
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
				default -> new Component(key, base, process.opens(Contribution.VOTE));
			})
			.toList();
	}

}
