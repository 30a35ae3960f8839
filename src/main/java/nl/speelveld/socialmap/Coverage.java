package nl.speelveld.socialmap;

import java.util.Locale;

/**
 * How a post reaches an area: it covers the area itself, a larger area around it (a wijkagent for the whole
 * wijk serves each of its buurten), or only a part of it (a buurtconciërge for one buurt of the wijk).
 */
public enum Coverage {

	DIRECT, PARENT, CHILD;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
