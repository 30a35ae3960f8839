package nl.speelveld.areas.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

import static org.assertj.core.api.Assertions.assertThat;

class GeoJsonTests {

	@Test
	void writesExteriorRingsCounterClockwiseAndHolesClockwiseAsRfc7946Asks() throws Exception {
		var clockwiseWithHole = new WKTReader().read(
				"POLYGON ((5 52, 5 53, 6 53, 6 52, 5 52), (5.2 52.2, 5.8 52.2, 5.8 52.8, 5.2 52.8, 5.2 52.2))");

		Map<String, Object> json = GeoJson.geometry(clockwiseWithHole);

		@SuppressWarnings("unchecked")
		List<List<double[]>> rings = (List<List<double[]>>) json.get("coordinates");
		assertThat(signedArea(rings.get(0))).as("exterior").isPositive();
		assertThat(signedArea(rings.get(1))).as("hole").isNegative();
	}

	@Test
	void roundsToFiveDecimalsLikeTheCbsFiles() throws Exception {
		var point = new WKTReader().read("POLYGON ((5.123456789 52, 5.2 52, 5.2 52.1, 5.123456789 52))");

		@SuppressWarnings("unchecked")
		List<List<double[]>> rings = (List<List<double[]>>) GeoJson.geometry(point).get("coordinates");
		assertThat(rings.get(0)).anySatisfy(position -> assertThat(position[0]).isEqualTo(5.12346));
	}

	private static double signedArea(List<double[]> ring) {
		double sum = 0;
		for (int i = 0; i + 1 < ring.size(); i++) {
			sum += ring.get(i)[0] * ring.get(i + 1)[1] - ring.get(i + 1)[0] * ring.get(i)[1];
		}
		return sum / 2;
	}

}
