package nl.speelveld.areas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * An area boundary as an RFC 7946 GeoJSON geometry: WGS84 longitude/latitude, five decimals (about a metre,
 * the precision of the CBS files), exterior rings counter-clockwise and holes clockwise. For every module that
 * serves maps of areas.
 */
public final class GeoJsonGeometry {

	private GeoJsonGeometry() {
	}

	public static Map<String, Object> of(Geometry geometry) {
		var json = new LinkedHashMap<String, Object>();
		if (geometry instanceof Polygon polygon) {
			json.put("type", "Polygon");
			json.put("coordinates", rings(polygon));
		}
		else {
			json.put("type", "MultiPolygon");
			List<Object> polygons = new ArrayList<>(geometry.getNumGeometries());
			for (int i = 0; i < geometry.getNumGeometries(); i++) {
				polygons.add(rings((Polygon) geometry.getGeometryN(i)));
			}
			json.put("coordinates", polygons);
		}
		return json;
	}

	private static List<Object> rings(Polygon polygon) {
		List<Object> rings = new ArrayList<>(1 + polygon.getNumInteriorRing());
		rings.add(positions(polygon.getExteriorRing(), true));
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			rings.add(positions(polygon.getInteriorRingN(i), false));
		}
		return rings;
	}

	private static List<double[]> positions(LineString ring, boolean counterClockwise) {
		Coordinate[] coordinates = ring.getCoordinates();
		boolean reverse = org.locationtech.jts.algorithm.Orientation.isCCW(coordinates) != counterClockwise;
		List<double[]> positions = new ArrayList<>(coordinates.length);
		for (int i = 0; i < coordinates.length; i++) {
			Coordinate c = coordinates[reverse ? coordinates.length - 1 - i : i];
			positions.add(new double[] { round(c.x), round(c.y) });
		}
		return positions;
	}

	private static double round(double degrees) {
		return Math.round(degrees * 100_000d) / 100_000d;
	}

}
