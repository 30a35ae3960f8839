package nl.speelveld.routing.questions;

import java.util.Locale;

/** A step in a question's history. */
public enum StepKind {

	DELIVERED, ACCEPTED, ANSWERED, HANDED_OFF, CLOSED, WITHDRAWN;

	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static StepKind fromKey(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
	}

}
