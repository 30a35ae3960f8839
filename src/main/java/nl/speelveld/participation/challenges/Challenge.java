package nl.speelveld.participation.challenges;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/**
 * A request under the uitdaagrecht: a group asks to take over a municipal task in an area, with a plan, a
 * budget and the people behind it. The contact fields are for the gemeente only; the requester's account
 * is never shown.
 */
public record Challenge(UUID id, ChallengeStatus status, AreaCode area, String task, TaskDomain domain,
		String groupName, @Nullable UUID requesterId, Contact contact, String plan, int budgetAsked,
		@Nullable Integer budgetCurrent, int supportersPeople, int supportersOrganisations, String supportNote,
		Instant submittedAt, LocalDate decisionDue, @Nullable UUID takenBy, @Nullable ChallengeStatus decision, @Nullable String decisionReasons,
		@Nullable Instant decidedAt, @Nullable String evaluation, @Nullable String withdrawReason) {

	/** How the gemeente reaches the group; empty once the requester's account is erased. */
	public record Contact(@Nullable String name, @Nullable String email, @Nullable String phone) {
	}

	public boolean isRequestedBy(UUID user) {
		return user.equals(this.requesterId);
	}

	/** Still without a decision after its due date. */
	public boolean overdue(LocalDate today) {
		return this.status.awaitsDecision() && this.decisionDue.isBefore(today);
	}

	public AreaCode gemeente() {
		return this.area.gemeente();
	}

}
