package nl.speelveld.insights;

import java.util.Optional;

/**
 * A figure that a choropleth can show for the parts of an area, by lens. Its key is used in links and the
 * API; its name is the message {@code insights.measure.<key>}.
 */
public enum Measure {

	POPULATION("population", Lens.REGISTERED, 0),
	DENSITY("density", Lens.REGISTERED, 0),
	HOUSEHOLDS("households", Lens.REGISTERED, 0),
	AVERAGE_HOUSEHOLD_SIZE("average_household_size", Lens.REGISTERED, 2),
	AGE_0_15("age_0_15_pct", Lens.REGISTERED, 0),
	AGE_15_25("age_15_25_pct", Lens.REGISTERED, 0),
	AGE_25_45("age_25_45_pct", Lens.REGISTERED, 0),
	AGE_45_65("age_45_65_pct", Lens.REGISTERED, 0),
	AGE_65_PLUS("age_65_plus_pct", Lens.REGISTERED, 0),
	LIVEABILITY("liveability", Lens.PERCEIVED, 1),
	PARTICIPANTS("participants_per_1000", Lens.DEMOCRACY, 1),
	GAPS("gap_themes", Lens.PLAYING_FIELD, 0);

	/** The four ways of looking at an area. */
	public enum Lens {

		REGISTERED, PERCEIVED, DEMOCRACY, PLAYING_FIELD

	}

	private final String key;

	private final Lens lens;

	private final int decimals;

	Measure(String key, Lens lens, int decimals) {
		this.key = key;
		this.lens = lens;
		this.decimals = decimals;
	}

	public String key() {
		return this.key;
	}

	public Lens lens() {
		return this.lens;
	}

	public int decimals() {
		return this.decimals;
	}

	public static Optional<Measure> fromKey(String key) {
		for (Measure measure : values()) {
			if (measure.key.equals(key)) {
				return Optional.of(measure);
			}
		}
		return Optional.empty();
	}

	/** The measure a map shows unless asked for another. */
	public static Measure standard() {
		return POPULATION;
	}

}
