package nl.speelveld.areas.imports;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature or CSV row as read, before it is understood: its properties as text (CBS files differ in
 * column names from year to year and source to source), its geometry if any, and where it was found.
 */
record RawFeature(String file, ImportProblem.Location location, Map<String, String> properties, @Nullable Geometry geometry,
		@Nullable String featureId) {

	@Nullable String first(Iterable<String> names) {
		for (String name : names) {
			String value = property(name);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/** The property under this name in any letter case (readers store names in lower case); blank is absent. */
	@Nullable String property(String name) {
		String value = this.properties.get(name.toLowerCase(Locale.ROOT));
		return value == null || value.isBlank() ? null : value.trim();
	}

}
