package nl.speelveld.participation.challenges;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a request under the uitdaagrecht stands: submitted, taken by the gemeente for assessment, assessed
 * per criterion, decided (granted, partly granted or rejected), carried out by the group, evaluated; or
 * withdrawn by the group before the decision.
 */
public enum ChallengeStatus {

	SUBMITTED, ASSESSING, ASSESSED, GRANTED, PARTLY, REJECTED, EXECUTING, EVALUATED, WITHDRAWN;

	/** The statuses in which the gemeente still owes a decision. */
	public static final Set<ChallengeStatus> AWAITING_DECISION = EnumSet.of(SUBMITTED, ASSESSING, ASSESSED);

	/** The decisions, in the order the register and the yearly report show them. */
	public static final Set<ChallengeStatus> DECISIONS = EnumSet.of(GRANTED, PARTLY, REJECTED);

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean awaitsDecision() {
		return AWAITING_DECISION.contains(this);
	}

	public static Optional<ChallengeStatus> fromKey(String key) {
		for (ChallengeStatus status : values()) {
			if (status.key().equals(key)) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

}
