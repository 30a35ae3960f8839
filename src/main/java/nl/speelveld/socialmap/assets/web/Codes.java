package nl.speelveld.socialmap.assets.web;

import java.util.UUID;

import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.Areas;
import nl.speelveld.socialmap.SocialMapEntryNotFound;

/** Ids and area codes from paths: what cannot be one is not found, like an id that is not there. */
final class Codes {

	private Codes() {
	}

	static UUID id(String text, String kind) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException notAnId) {
			throw new SocialMapEntryNotFound(kind, text);
		}
	}

	static Area area(Areas areas, String code) {
		return areas.area(AreaCode.tryParse(code).orElseThrow(() -> new AreaNotFound(code)), null);
	}

}
