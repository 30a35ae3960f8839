package nl.speelveld.areas.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.areas.AreaShape;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.GeoJsonGeometry;
import org.locationtech.jts.geom.Geometry;

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
		return GeoJsonGeometry.of(geometry);
	}

}
