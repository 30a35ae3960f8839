package nl.speelveld.participation.challenges;

import static nl.speelveld.participation.challenges.ChallengeStatus.ASSESSED;
import static nl.speelveld.participation.challenges.ChallengeStatus.ASSESSING;
import static nl.speelveld.participation.challenges.ChallengeStatus.EVALUATED;
import static nl.speelveld.participation.challenges.ChallengeStatus.EXECUTING;
import static nl.speelveld.participation.challenges.ChallengeStatus.GRANTED;
import static nl.speelveld.participation.challenges.ChallengeStatus.PARTLY;
import static nl.speelveld.participation.challenges.ChallengeStatus.SUBMITTED;
import static nl.speelveld.participation.challenges.ChallengeStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Everything that can be done to a request after its submission: from which statuses and by whom. The
 * decision leads to one of three statuses, chosen by the gemeente, so it names none here. This table is
 * the whole lifecycle; {@link ChallengeSteps} enforces it.
 */
public enum Step {

	TAKE(EnumSet.of(SUBMITTED), ASSESSING, Actor.GEMEENTE),
	// An assessment may be corrected until the decision.
	ASSESS(EnumSet.of(ASSESSING, ASSESSED), ASSESSED, Actor.GEMEENTE),
	DECIDE(EnumSet.of(ASSESSED), null, Actor.GEMEENTE),
	START(EnumSet.of(GRANTED, PARTLY), EXECUTING, Actor.GEMEENTE),
	EVALUATE(EnumSet.of(EXECUTING), EVALUATED, Actor.GEMEENTE),
	WITHDRAW(EnumSet.copyOf(ChallengeStatus.AWAITING_DECISION), WITHDRAWN, Actor.REQUESTER);

	private final Set<ChallengeStatus> from;

	private final @Nullable ChallengeStatus to;

	private final Actor by;

	Step(Set<ChallengeStatus> from, @Nullable ChallengeStatus to, Actor by) {
		this.from = from;
		this.to = to;
		this.by = by;
	}

	public boolean allowedFrom(ChallengeStatus status) {
		return this.from.contains(status);
	}

	public Actor by() {
		return this.by;
	}

	/** The status this step leads to; null for the decision, which the gemeente chooses. */
	public @Nullable ChallengeStatus to() {
		return this.to;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
