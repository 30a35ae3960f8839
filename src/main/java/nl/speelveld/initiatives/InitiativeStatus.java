package nl.speelveld.initiatives;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Where a residents' initiative is on its way from idea to done; pages name it with {@code initiative.status.*}. */
public enum InitiativeStatus {

	IDEA, SUBMITTED, INTAKE, PLAN, SUPPORTED, DECLINED, RUNNING, DONE, STOPPED;

	/** The statuses an initiative ends in: nothing moves it on from there. */
	public static final Set<InitiativeStatus> FINAL = EnumSet.of(DECLINED, DONE, STOPPED);

	/** Waiting for the gemeente's answer: the answer deadline runs. */
	public static final Set<InitiativeStatus> AWAITING_ANSWER = EnumSet.of(SUBMITTED, INTAKE, PLAN);

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean isFinal() {
		return FINAL.contains(this);
	}

	public static Optional<InitiativeStatus> byKey(String key) {
		return Arrays.stream(values()).filter(status -> status.key().equals(key)).findFirst();
	}

}
