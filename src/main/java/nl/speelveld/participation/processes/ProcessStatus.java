package nl.speelveld.participation.processes;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A process is prepared as a draft, open while its phases run, and closed after its last phase. */
public enum ProcessStatus {

	DRAFT, OPEN, CLOSED;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ProcessStatus fromKey(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}

	/** A status a visitor may filter a list on, open or closed; null when none is given, refused when another is. */
	public static @Nullable ProcessStatus listable(@Nullable String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		for (ProcessStatus status : new ProcessStatus[] { OPEN, CLOSED }) {
			if (status.key().equals(key.strip())) {
				return status;
			}
		}
		throw new ProcessListing.ListingRefused("participation.problem.bad-status");
	}

}
