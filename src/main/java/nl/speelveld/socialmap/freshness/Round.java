package nl.speelveld.socialmap.freshness;

import java.util.Locale;

/**
 * Why an entry is in a reminder: its first (when it falls due) or second (halfway through the grace
 * period), on a coordinator's request, or along with another entry of the same owner that needed a
 * reminder, so that one link confirms everything the owner has open.
 */
public enum Round {

	FIRST, SECOND, AGAIN, ALONG;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
