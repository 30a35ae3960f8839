package nl.speelveld.participation.processes;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static nl.speelveld.participation.processes.Contribution.ARGUE;
import static nl.speelveld.participation.processes.Contribution.COMMENT;
import static nl.speelveld.participation.processes.Contribution.PROPOSE;
import static nl.speelveld.participation.processes.Contribution.REGISTER;
import static nl.speelveld.participation.processes.Contribution.RESPOND;
import static nl.speelveld.participation.processes.Contribution.SUPPORT;
import static nl.speelveld.participation.processes.Contribution.VOTE;

/**
 * What happens in a phase, and so what residents can contribute while it runs. Registering for a meeting
 * is open in every phase of an open process: meetings have their own dates.
 */
public enum PhaseKind {

	INFORMATION(EnumSet.of(REGISTER)),
	PROPOSALS(EnumSet.of(PROPOSE, ARGUE, COMMENT, SUPPORT, REGISTER)),
	DISCUSSION(EnumSet.of(ARGUE, COMMENT, SUPPORT, REGISTER)),
	SURVEY(EnumSet.of(RESPOND, COMMENT, REGISTER)),
	ASSESSMENT(EnumSet.of(REGISTER)),
	VOTING(EnumSet.of(VOTE, REGISTER)),
	REPORTING(EnumSet.of(REGISTER));

	private final Set<Contribution> opens;

	PhaseKind(Set<Contribution> opens) {
		this.opens = opens;
	}

	public boolean opens(Contribution contribution) {
		return this.opens.contains(contribution);
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<PhaseKind> fromKey(String key) {
		for (PhaseKind kind : values()) {
			if (kind.key().equals(key)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
