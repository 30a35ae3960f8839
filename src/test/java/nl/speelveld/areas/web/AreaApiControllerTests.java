package nl.speelveld.areas.web;

import nl.speelveld.SpeelveldTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The Health and Areas fixed points of docs/api.md, on the bundled CBS data. */
@SpeelveldTest
class AreaApiControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void healthIsUpOnceTheAppServes() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void aGemeenteHasNameLevelYearNoParentAndItsWijken() {
		var utrecht = this.mvc.get().uri("/api/v1/areas/GM0344").exchange();

		assertThat(utrecht).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(utrecht).bodyJson().extractingPath("$.name").isEqualTo("Utrecht");
		assertThat(utrecht).bodyJson().extractingPath("$.level").isEqualTo("gemeente");
		assertThat(utrecht).bodyJson().extractingPath("$.year").isEqualTo(2024);
		assertThat(utrecht).bodyJson().extractingPath("$.parent").isNull();
		assertThat(utrecht).bodyJson().extractingPath("$.children").asArray().hasSize(10).contains("WK034406");
		assertThat(utrecht).bodyJson().extractingPath("$.figures.inhabitants").isEqualTo(374238);
	}

	@Test
	void aWijkNamesItsGemeenteAsParent() {
		assertThat(this.mvc.get().uri("/api/v1/areas/WK034406")).bodyJson()
			.extractingPath("$.parent")
			.isEqualTo("GM0344");
	}

	@Test
	void theYearParameterPicksTheBoundariesOfThatYear() {
		var utrecht2014 = this.mvc.get().uri("/api/v1/areas/GM0344?year=2014").exchange();

		assertThat(utrecht2014).bodyJson().extractingPath("$.year").isEqualTo(2014);
		assertThat(utrecht2014).bodyJson().extractingPath("$.children").asArray().contains("WK034406");
		assertThat(this.mvc.get().uri("/api/v1/areas/BU03630001")).bodyJson()
			.extractingPath("$.parent")
			.isEqualTo("WK036300");
	}

	@Test
	void listsEveryAreaOfALevelAndYearWithTheFullCount() {
		assertThat(this.mvc.get().uri("/api/v1/areas?level=gemeente&year=2024&page=1&size=10")).bodyJson()
			.satisfies(body -> {
				assertThat(body).extractingPath("$.total").isEqualTo(343);
				assertThat(body).extractingPath("$.items").asArray().hasSize(10);
			});
		assertThat(this.mvc.get().uri("/api/v1/areas?level=wijk&year=2024&size=1")).bodyJson()
			.extractingPath("$.total")
			.isEqualTo(3475);
		assertThat(this.mvc.get().uri("/api/v1/areas?level=buurt&year=2014&size=1")).bodyJson()
			.extractingPath("$.total")
			.isEqualTo(12005);
	}

	@Test
	void theGeometryIsAGeoJsonFeatureInLongitudeAndLatitude() {
		var geometry = this.mvc.get().uri("/api/v1/areas/GM0344/geometry").exchange();

		assertThat(geometry).hasStatusOk().hasContentType("application/geo+json");
		assertThat(geometry).bodyJson().extractingPath("$.type").isEqualTo("Feature");
		assertThat(geometry).bodyJson().extractingPath("$.properties.code").isEqualTo("GM0344");
		assertThat(geometry).bodyJson().extractingPath("$.geometry.type").asString().isIn("Polygon", "MultiPolygon");
		assertThat(geometry).bodyJson().extractingPath("$.geometry.coordinates[0][0][0]").asNumber()
			.satisfies(lon -> assertThat(lon.doubleValue()).isBetween(4.9, 5.2));
	}

	@Test
	void aPointLiesInAGemeenteAndWijkAndIn2014AlsoInABuurt() {
		var dam = this.mvc.get().uri("/api/v1/areas/lookup?lat=52.3731&lon=4.8922&year=2024").exchange();
		assertThat(dam).bodyJson().extractingPath("$.gemeente.code").isEqualTo("GM0363");
		assertThat(dam).bodyJson().extractingPath("$.wijk.name").isEqualTo("Burgwallen-Nieuwe Zijde");
		assertThat(dam).bodyJson().extractingPath("$.buurt").isNull();

		assertThat(this.mvc.get().uri("/api/v1/areas/lookup?lat=52.3731&lon=4.8922&year=2014")).bodyJson()
			.extractingPath("$.buurt.code")
			.isEqualTo("BU03630001");
	}

	@Test
	void aPostcodeLeadsToItsWijkAsFourDigitsOrWithLetters() {
		assertThat(this.mvc.get().uri("/api/v1/areas/lookup?postcode=3511")).bodyJson()
			.extractingPath("$.wijk.code")
			.isEqualTo("WK034406");
		assertThat(this.mvc.get().uri("/api/v1/areas/lookup").param("postcode", "3511 ab")).bodyJson()
			.extractingPath("$.gemeente.name")
			.isEqualTo("Utrecht");
	}

	@Test
	void malformedCoordinatesLevelsAndPostcodesAreBadRequests() {
		assertProblem("/api/v1/areas/lookup?lat=abc&lon=4.9", HttpStatus.BAD_REQUEST, "abc");
		assertProblem("/api/v1/areas/lookup?lat=95&lon=4.9", HttpStatus.BAD_REQUEST, "95");
		assertProblem("/api/v1/areas/lookup?lat=52.1", HttpStatus.BAD_REQUEST, "postcode");
		assertProblem("/api/v1/areas/lookup?postcode=35111", HttpStatus.BAD_REQUEST, "35111");
		assertProblem("/api/v1/areas?level=provincie", HttpStatus.BAD_REQUEST, "provincie");
		assertProblem("/api/v1/areas?level=wijk&year=twintig", HttpStatus.BAD_REQUEST, "twintig");
		assertProblem("/api/v1/areas?level=wijk&size=100000", HttpStatus.BAD_REQUEST, "500");
	}

	@Test
	void unknownCodesPostcodesAndPointsOutsideEveryAreaAreNotFound() {
		assertProblem("/api/v1/areas/GM9999", HttpStatus.NOT_FOUND, "GM9999");
		assertProblem("/api/v1/areas/GM0344?year=1990", HttpStatus.NOT_FOUND, "1990");
		assertProblem("/api/v1/areas/nonsense/geometry", HttpStatus.NOT_FOUND, "nonsense");
		assertProblem("/api/v1/areas/lookup?lat=52.5&lon=3.0", HttpStatus.NOT_FOUND, "52.5");
		assertProblem("/api/v1/areas/lookup?postcode=" + unusedPostcode(), HttpStatus.NOT_FOUND, unusedPostcode());
		assertProblem("/api/v1/no-such-endpoint", HttpStatus.NOT_FOUND, "");
	}

	@Test
	void problemsSpeakTheLanguageOfAcceptLanguage() {
		assertThat(this.mvc.get().uri("/api/v1/areas/GM9999").header("Accept-Language", "en-GB,en;q=0.8")).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("There is no area with code GM9999.");
		assertThat(this.mvc.get().uri("/api/v1/areas/GM9999")).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Er is geen gebied met code GM9999.");
	}

	@Test
	void theApiIsDocumented() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths['/api/v1/areas/lookup']")
			.isNotNull();
	}

	private void assertProblem(String uri, HttpStatus status, String detailMentions) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains(detailMentions);
		assertThat(result).bodyText().doesNotContain("Exception", "at nl.");
	}

	private String unusedPostcode() {
		return this.jdbc.sql("select min(g)::text from generate_series(1000, 9999) g"
				+ " where not exists (select 1 from area_postcode p where p.postcode = g::text)")
			.query(String.class)
			.single();
	}

}
