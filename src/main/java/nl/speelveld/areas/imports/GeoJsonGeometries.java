package nl.speelveld.areas.imports;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.databind.JsonNode;

/**
 * Turns RFC 7946 Polygon and MultiPolygon geometries into JTS. Areas are surfaces, so points and lines
 * are refused; so are coordinates that cannot be longitude/latitude, the usual sign of a file still in the
 * Dutch RD grid (EPSG:28992).
 */
final class GeoJsonGeometries {

	static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	/** A geometry that cannot be read; the message key says why. */
	static final class Unreadable extends Exception {

		private final String messageKey;

		private final Object[] arguments;

		Unreadable(String messageKey, Object... arguments) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
			this.arguments = arguments;
		}

		String messageKey() {
			return this.messageKey;
		}

		Object[] arguments() {
			return this.arguments;
		}

	}

	private GeoJsonGeometries() {
	}

	static Geometry toGeometry(JsonNode geometry) throws Unreadable {
		String type = geometry.path("type").asString("");
		JsonNode coordinates = geometry.get("coordinates");
		if (coordinates == null || !coordinates.isArray()) {
			throw new Unreadable("import.geometry-no-coordinates");
		}
		return switch (type) {
			case "Polygon" -> polygon(coordinates);
			case "MultiPolygon" -> {
				if (coordinates.isEmpty()) {
					throw new Unreadable("import.geometry-no-coordinates");
				}
				Polygon[] parts = new Polygon[coordinates.size()];
				for (int i = 0; i < parts.length; i++) {
					parts[i] = polygon(coordinates.get(i));
				}
				yield FACTORY.createMultiPolygon(parts);
			}
			default -> throw new Unreadable("import.geometry-not-polygonal", type);
		};
	}

	private static Polygon polygon(JsonNode rings) throws Unreadable {
		if (!rings.isArray() || rings.isEmpty()) {
			throw new Unreadable("import.geometry-no-coordinates");
		}
		LinearRing shell = ring(rings.get(0));
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int i = 1; i < rings.size(); i++) {
			holes[i - 1] = ring(rings.get(i));
		}
		return FACTORY.createPolygon(shell, holes);
	}

	private static LinearRing ring(JsonNode positions) throws Unreadable {
		if (!positions.isArray() || positions.size() < 4) {
			throw new Unreadable("import.geometry-short-ring");
		}
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < coordinates.length; i++) {
			coordinates[i] = position(positions.get(i));
		}
		if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
			throw new Unreadable("import.geometry-open-ring");
		}
		return FACTORY.createLinearRing(coordinates);
	}

	private static Coordinate position(JsonNode position) throws Unreadable {
		if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
				|| !position.get(1).isNumber()) {
			throw new Unreadable("import.geometry-bad-position", String.valueOf(position));
		}
		double lon = position.get(0).doubleValue();
		double lat = position.get(1).doubleValue();
		if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
			throw new Unreadable("import.geometry-not-wgs84", lon, lat);
		}
		return new Coordinate(lon, lat);
	}

}
