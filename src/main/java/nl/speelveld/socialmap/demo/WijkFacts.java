package nl.speelveld.socialmap.demo;

import java.util.Locale;
import java.util.regex.Pattern;

import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.KeyFigure;
import org.jspecify.annotations.Nullable;

/** What the generators need to know of a wijk: its name, inhabitants, land area and label point. */
record WijkFacts(AreaCode code, String name, int year, int inhabitants, double landHectares, Area.@Nullable Position label) {

	private static final Pattern NUMBERING = Pattern.compile("^(?i)wijk\\s+\\d+\\s+");

	static WijkFacts of(Area area) {
		Integer inhabitants = area.figures().inhabitants();
		Number land = area.figures().get(KeyFigure.LAND_HECTARES);
		return new WijkFacts(area.code(), area.name(), area.year(), inhabitants == null ? 0 : inhabitants,
				land == null ? 100 : land.doubleValue(), area.label());
	}

	/** The name without the numbering CBS puts before some wijk names: Overvecht for Wijk 03 Overvecht. */
	String shortName() {
		return NUMBERING.matcher(this.name).replaceFirst("").strip();
	}

	/** The last two characters of the code, which tell wijken of one gemeente apart: 03 or AF. */
	String suffix() {
		return this.code.value().substring(6).toUpperCase(Locale.ROOT);
	}

}
