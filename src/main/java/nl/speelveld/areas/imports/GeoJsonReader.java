package nl.speelveld.areas.imports;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a GeoJSON FeatureCollection feature by feature, so that national files never sit in memory as
 * one tree. A file that breaks off (truncated download) or is not valid JSON is reported with the line
 * where reading stopped.
 */
final class GeoJsonReader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GeoJsonReader() {
	}

	static void read(String file, InputStream in, FeatureSink sink) {
		int features = 0;
		try (JsonParser parser = JSON.createParser(in)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				sink.problem(ImportProblem.error(file, null, null, "import.geojson-not-feature-collection"));
				return;
			}
			boolean sawFeatures = false;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("features".equals(name) && value == JsonToken.START_ARRAY) {
					sawFeatures = true;
					while (parser.nextToken() == JsonToken.START_OBJECT) {
						features++;
						JsonNode feature = parser.readValueAsTree();
						read(file, features, feature, sink);
					}
				}
				else if ("crs".equals(name)) {
					checkCrs(file, parser.readValueAsTree(), sink);
				}
				else if ("type".equals(name) && !"FeatureCollection".equals(parser.getString())) {
					sink.problem(ImportProblem.error(file, null, null, "import.geojson-not-feature-collection"));
					return;
				}
				else {
					parser.skipChildren();
				}
			}
			if (!sawFeatures || features == 0) {
				sink.problem(ImportProblem.error(file, null, null, "import.empty-file"));
			}
		}
		catch (JacksonException broken) {
			var where = broken.getLocation();
			sink.problem(ImportProblem.error(file, where == null ? null : ImportProblem.Location.line(where.getLineNr()), null,
					"import.geojson-malformed", features));
		}
	}

	private static void read(String file, int index, JsonNode feature, FeatureSink sink) {
		var location = ImportProblem.Location.feature(index);
		Map<String, String> properties = new HashMap<>();
		JsonNode props = feature.path("properties");
		for (var property : props.properties()) {
			JsonNode value = property.getValue();
			if (!value.isNull() && !value.isContainer()) {
				properties.put(property.getKey().toLowerCase(Locale.ROOT), value.asString());
			}
		}
		String id = feature.hasNonNull("id") ? feature.get("id").asString() : null;
		Geometry geometry = null;
		JsonNode shape = feature.get("geometry");
		if (shape != null && !shape.isNull()) {
			try {
				geometry = GeoJsonGeometries.toGeometry(shape);
			}
			catch (GeoJsonGeometries.Unreadable unreadable) {
				sink.problem(ImportProblem.error(file, location, codeHint(id, properties), unreadable.messageKey(),
						unreadable.arguments()));
				return;
			}
		}
		sink.feature(new RawFeature(file, location, properties, geometry, id));
	}

	private static void checkCrs(String file, JsonNode crs, FeatureSink sink) {
		String name = crs.path("properties").path("name").asString("");
		boolean wgs84 = name.isEmpty() || name.endsWith("CRS84") || name.endsWith("4326");
		if (!wgs84) {
			sink.problem(ImportProblem.error(file, null, null, "import.geojson-crs", name));
		}
	}

	private static @Nullable String codeHint(@Nullable String id, Map<String, String> properties) {
		return id != null ? id : properties.get("code");
	}

}
