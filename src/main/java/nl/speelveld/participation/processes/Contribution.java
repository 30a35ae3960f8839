package nl.speelveld.participation.processes;

import java.util.Locale;

/** What a participant can do in a process; each phase kind opens some of these. */
public enum Contribution {

	PROPOSE, ARGUE, COMMENT, SUPPORT, RESPOND, REGISTER, VOTE;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
