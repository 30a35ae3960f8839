package nl.speelveld.socialmap.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of thing search finds. The key names them in the API and in the results, the page key in the
 * address of the search page (Dutch, as all page addresses). A new kind (residents' initiatives) adds a
 * constant here and a {@link HitSource}.
 */
public enum HitType {

	POST("post", "professional"), ORGANISATION("organisation", "organisatie"), SERVICE("service", "dienst"),
	PLACE("place", "plek");

	private final String key;

	private final String pageKey;

	HitType(String key, String pageKey) {
		this.key = key;
		this.pageKey = pageKey;
	}

	public String key() {
		return this.key;
	}

	public String pageKey() {
		return this.pageKey;
	}

	public static Optional<HitType> fromKey(String key) {
		String wanted = key.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(type -> type.key.equals(wanted)).findFirst();
	}

	public static Optional<HitType> fromPageKey(String key) {
		String wanted = key.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(type -> type.pageKey.equals(wanted)).findFirst();
	}

}
