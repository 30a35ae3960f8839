package nl.speelveld.participation.challenges;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/**
 * A request as the public register shows it: what, by which group, where, where it stands, how it scored
 * on the criteria and what the gemeente decided, with its reasons. Never who asked.
 */
public record RegisterLine(UUID id, String task, TaskDomain domain, String groupName, AreaCode area, String areaName,
		ChallengeStatus status, Instant submittedAt, LocalDate decisionDue, int met, int partly, int notMet,
		@Nullable ChallengeStatus decision, @Nullable String decisionReasons) {

	public boolean assessed() {
		return this.met + this.partly + this.notMet > 0;
	}

	public boolean overdue(LocalDate today) {
		return this.status.awaitsDecision() && this.decisionDue.isBefore(today);
	}

}
