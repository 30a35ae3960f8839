package nl.speelveld.routing;

/**
 * Where a question comes from: a village, where a dorpsondersteuner or a gebiedsmakelaar is often the first
 * one to ask, or a city neighbourhood. The key is the value kept in the knowledge tables.
 */
public enum Setting {

	CITY("stad"), VILLAGE("dorp");

	private final String key;

	Setting(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	public static Setting ofKey(String key) {
		for (Setting setting : values()) {
			if (setting.key.equals(key)) {
				return setting;
			}
		}
		throw new IllegalArgumentException(key);
	}

}
