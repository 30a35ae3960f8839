package nl.speelveld.socialmap.playingfield;

import java.util.Locale;

/**
 * How well a focus theme is looked after in an area: nobody works on it (a gap), only someone in a part
 * of the area does, one role works on it for the whole area, or posts of several roles work on it in
 * the same place (an overlap, where residents need to know who does what).
 */
public enum ThemeStatus {

	GAP, PARTLY, COVERED, OVERLAP;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
