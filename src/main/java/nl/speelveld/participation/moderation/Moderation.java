package nl.speelveld.participation.moderation;

import java.util.Locale;

/** Where a contribution stands with the moderators: shown, held until a moderator looks, or hidden with a reason. */
public enum Moderation {

	VISIBLE, HELD, HIDDEN;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Moderation fromKey(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}

}
