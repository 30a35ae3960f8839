package nl.speelveld.participation.challenges;

import java.util.Locale;

/** The parts people play around a request; the history names these, never a person. */
public enum Actor {

	/** The group that asked, through the account that submitted the request. */
	REQUESTER,

	/** A coordinator of the request's area, or an administrator: they act for the gemeente. */
	GEMEENTE;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
