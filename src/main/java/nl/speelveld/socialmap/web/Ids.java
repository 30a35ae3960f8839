package nl.speelveld.socialmap.web;

import java.util.UUID;

import nl.speelveld.socialmap.SocialMapEntryNotFound;

/** Entry ids in paths: anything that is no id names no entry, so it is not found rather than a bad request. */
final class Ids {

	private Ids() {
	}

	static UUID of(String text, String kind) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException notAnId) {
			throw new SocialMapEntryNotFound(kind, text);
		}
	}

}
