package nl.speelveld.areas.imports;

import java.util.EnumMap;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.KeyFigure;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * What an import knows about one area, merged from every file that mentions it: CBS ships boundaries,
 * names and figures in separate files, so a code may appear once per file.
 */
final class AreaRecord {

	final AreaCode code;

	final String file;

	final ImportProblem.Location location;

	@Nullable String name;

	@Nullable Geometry geometry;

	@Nullable Double labelLon;

	@Nullable Double labelLat;

	final EnumMap<KeyFigure, Number> figures = new EnumMap<>(KeyFigure.class);

	AreaRecord(AreaCode code, String file, ImportProblem.Location location) {
		this.code = code;
		this.file = file;
		this.location = location;
	}

	/** Takes what this record lacks from a record of the same code found in a later file. */
	void absorb(AreaRecord later) {
		if (this.name == null) {
			this.name = later.name;
		}
		if (this.geometry == null) {
			this.geometry = later.geometry;
		}
		if (this.labelLon == null) {
			this.labelLon = later.labelLon;
			this.labelLat = later.labelLat;
		}
		later.figures.forEach(this.figures::putIfAbsent);
	}

}
