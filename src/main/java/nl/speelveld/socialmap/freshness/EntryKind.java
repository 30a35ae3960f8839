package nl.speelveld.socialmap.freshness;

import java.util.Optional;

/** The kinds of social-map entry that have an owner and a last-confirmed date. */
public enum EntryKind {

	POST("post", "smap_post"), SERVICE("service", "smap_service"), PLACE("place", "smap_place"),
	ORGANISATION("organisation", "smap_organisation");

	private final String key;

	private final String table;

	EntryKind(String key, String table) {
		this.key = key;
		this.table = table;
	}

	/** The name in URLs, the database and message keys. */
	public String key() {
		return this.key;
	}

	String table() {
		return this.table;
	}

	public static Optional<EntryKind> fromKey(String key) {
		for (EntryKind kind : values()) {
			if (kind.key.equals(key)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
