package nl.speelveld.areas.imports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Small CBS-like files for import tests: a gemeente {@code GM0001 Proefstede} of two wijken, as GeoJSON
 * and CSV in the shapes CBS publishes them.
 */
public final class CbsFixture {

	private CbsFixture() {
	}

	static SourceFile file(String name, String content) {
		return SourceFile.of(name, content.getBytes(StandardCharsets.UTF_8));
	}

	public static SourceFile gemeenten() {
		return file("gemeenten.geojson", collection(feature("gemeentecode", "GM0001", "gemeentenaam", "Proefstede",
				box(5.00, 52.00, 5.10, 52.10))));
	}

	public static SourceFile wijken() {
		return file("wijken.geojson", collection(
				feature("wijkcode", "WK000101", "wijknaam", "Noord", box(5.00, 52.05, 5.10, 52.10)),
				feature("wijkcode", "WK000102", "wijknaam", "Zuid", box(5.00, 52.00, 5.10, 52.05))));
	}

	public static SourceFile figures() {
		return file("kerncijfers.csv", """
				code,niveau,aantal_inwoners,gem_huishouden_grootte
				GM0001,gemeente,1000,2.1
				WK000101,wijk,600,1.9
				WK000102,wijk,400,2.4
				""");
	}

	static String collection(String... features) {
		return "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
				+ "\"urn:ogc:def:crs:OGC:1.3:CRS84\"}},\"features\":[" + String.join(",", features) + "]}";
	}

	static String feature(String codeColumn, String code, String nameColumn, String name, String geometry) {
		return "{\"type\":\"Feature\",\"properties\":{\"" + codeColumn + "\":\"" + code + "\",\"" + nameColumn
				+ "\":\"" + name + "\"},\"geometry\":" + geometry + "}";
	}

	static String box(double minLon, double minLat, double maxLon, double maxLat) {
		return polygon(minLon, minLat, maxLon, minLat, maxLon, maxLat, minLon, maxLat, minLon, minLat);
	}

	/** A Polygon from lon/lat pairs; the ring is written as given, closed or not. */
	static String polygon(double... lonLat) {
		var ring = new StringBuilder();
		for (int i = 0; i < lonLat.length; i += 2) {
			ring.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%s,%s]", lonLat[i], lonLat[i + 1]));
		}
		return "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
	}

}
