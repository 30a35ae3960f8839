package nl.speelveld.participation.processes;

import java.util.Locale;

/** A process is prepared as a draft, open while its phases run, and closed after its last phase. */
public enum ProcessStatus {

	DRAFT, OPEN, CLOSED;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ProcessStatus fromKey(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}

}
