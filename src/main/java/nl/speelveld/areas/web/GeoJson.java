package nl.speelveld.areas.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.areas.AreaShape;
import nl.speelveld.areas.AreaSummary;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes area boundaries as RFC 7946 GeoJSON: WGS84 longitude/latitude, five decimals (about a metre,
 * the precision of the CBS files), exterior rings counter-clockwise and holes clockwise.
 */
final class GeoJson {

	private GeoJson() {
	}

	static Map<String, Object> feature(AreaShape shape) {
		var feature = new LinkedHashMap<String, Object>();
		feature.put("type", "Feature");
		feature.put("id", shape.area().code().value());
		feature.put("properties", properties(shape.area()));
		feature.put("geometry", geometry(shape.boundary()));
		return feature;
	}

	static Map<String, Object> featureCollection(List<AreaShape> shapes) {
		var collection = new LinkedHashMap<String, Object>();
		collection.put("type", "FeatureCollection");
		collection.put("features", shapes.stream().map(GeoJson::feature).toList());
		return collection;
	}

	private static Map<String, Object> properties(AreaSummary area) {
		var properties = new LinkedHashMap<String, Object>();
		properties.put("code", area.code().value());
		properties.put("name", area.name());
		properties.put("level", area.level().key());
		properties.put("year", area.year());
		properties.put("parent", area.parent() == null ? null : area.parent().value());
		return properties;
	}

	static Map<String, Object> geometry(Geometry geometry) {
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
