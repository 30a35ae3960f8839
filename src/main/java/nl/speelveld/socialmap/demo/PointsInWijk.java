package nl.speelveld.socialmap.demo;

import java.util.Optional;

import nl.speelveld.areas.AreaLookup;
import nl.speelveld.areas.Areas;
import nl.speelveld.shared.Problem;

/**
 * Points for places: near the wijk's label point, at a small random distance, and checked with the point
 * lookup so that every place lies in the wijk it is recorded in.
 */
final class PointsInWijk {

	record Point(double lat, double lon, String area) {
	}

	private static final double METRES_PER_DEGREE = 111_320;

	private static final int ATTEMPTS = 16;

	private final Areas areas;

	PointsInWijk(Areas areas) {
		this.areas = areas;
	}

	Optional<Point> near(WijkFacts wijk, Draw draw) {
		var label = wijk.label();
		if (label == null) {
			return Optional.empty();
		}
		double radius = Math.max(80, Math.min(700, 0.3 * Math.sqrt(wijk.landHectares() * 10_000)));
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			double distance = radius * (1 - attempt / (double) ATTEMPTS) * Math.sqrt(draw.uniform());
			double angle = 2 * Math.PI * draw.uniform();
			double lat = round(label.lat() + distance * Math.cos(angle) / METRES_PER_DEGREE);
			double lon = round(label.lon()
					+ distance * Math.sin(angle) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(label.lat()))));
			var found = inWijk(lat, lon, wijk);
			if (found.isPresent()) {
				return found;
			}
		}
		return inWijk(round(label.lat()), round(label.lon()), wijk);
	}

	private Optional<Point> inWijk(double lat, double lon, WijkFacts wijk) {
		try {
			AreaLookup found = this.areas.lookup(lat, lon, wijk.year());
			if (found.wijk() != null && found.wijk().code().equals(wijk.code())) {
				return Optional.of(new Point(lat, lon, found.finest().code().value()));
			}
		}
		catch (Problem outside) {
			// In water or just outside the simplified boundary: try another point.
		}
		return Optional.empty();
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

}
