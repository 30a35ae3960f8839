package nl.speelveld.areas.imports;

import java.util.List;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.KeyFigure;
import nl.speelveld.areas.Areas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static nl.speelveld.areas.imports.CbsFixture.box;
import static nl.speelveld.areas.imports.CbsFixture.collection;
import static nl.speelveld.areas.imports.CbsFixture.feature;
import static nl.speelveld.areas.imports.CbsFixture.file;
import static nl.speelveld.areas.imports.CbsFixture.polygon;
import static org.assertj.core.api.Assertions.assertThat;

@SpeelveldTest
class AreaImporterTests {

	private static final int YEAR = 1999;

	@Autowired
	AreaImporter importer;

	@Autowired
	Areas areas;

	@Autowired
	JdbcClient jdbc;

	private String before;

	@BeforeEach
	void importTheBaseline() {
		var baseline = this.importer.importCbs(YEAR, List.of(CbsFixture.gemeenten(), CbsFixture.wijken(),
				CbsFixture.figures()), ImportProgress.NONE);
		assertThat(baseline.errors()).isEmpty();
		this.before = snapshot();
	}

	@Test
	void importsBoundariesNamesAndFiguresOfAYear() {
		var proefstede = this.areas.area(new AreaCode("GM0001"), YEAR);

		assertThat(proefstede.name()).isEqualTo("Proefstede");
		assertThat(proefstede.figures().get(KeyFigure.INHABITANTS)).isEqualTo(1000L);
		assertThat(proefstede.children()).extracting(child -> child.name()).containsExactly("Noord", "Zuid");
		assertThat(this.areas.lookup(52.07, 5.05, YEAR).wijk().name()).isEqualTo("Noord");
	}

	@Test
	void importingTheSameFilesAgainChangesNothing() {
		var again = this.importer.importCbs(YEAR, List.of(CbsFixture.gemeenten(), CbsFixture.wijken(),
				CbsFixture.figures()), ImportProgress.NONE);

		assertThat(again.imported()).isTrue();
		assertThat(again.added()).isZero();
		assertThat(again.changed()).isZero();
		assertThat(again.unchanged()).isEqualTo(3);
		assertThat(areasOfTheYear()).isEqualTo(this.before.substring(0, this.before.lastIndexOf(':')));
	}

	@Test
	void aFileWithOnlyFiguresKeepsTheBoundaries() {
		var report = this.importer.importCbs(YEAR, List.of(file("update.csv", "code;aantal_inwoners\nGM0001;1250\n")),
				ImportProgress.NONE);

		assertThat(report.changed()).isEqualTo(1);
		var proefstede = this.areas.area(new AreaCode("GM0001"), YEAR);
		assertThat(proefstede.figures().inhabitants()).isEqualTo(1250);
		assertThat(proefstede.hasBoundary()).isTrue();
		assertThat(proefstede.figures().get(KeyFigure.AVERAGE_HOUSEHOLD_SIZE)).isEqualTo(2.1);
	}

	@Test
	void refusesFilesInAFormatItCannotRead() {
		assertRefused(file("kaart.gpkg", "SQLite format 3\u0000 rest of a geopackage"), "import.format-geopackage");
		assertRefused(file("kaart.zip", "PK\u0003\u0004 zipped"), "import.format-zip");
		assertRefused(file("notities.txt", "Dit is gewoon tekst zonder kolommen"), "import.format-unknown");
	}

	@Test
	void refusesMalformedGeoJson() {
		assertRefused(file("kapot.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",,}]}"),
				"import.geojson-malformed");
	}

	@Test
	void refusesATruncatedGeoJsonFileAndKeepsTheRestOfTheImportOut() {
		String wijken = collection(
				feature("wijkcode", "WK000101", "wijknaam", "Noord-Nieuw", box(5.00, 52.05, 5.10, 52.10)),
				feature("wijkcode", "WK000102", "wijknaam", "Zuid-Nieuw", box(5.00, 52.00, 5.10, 52.05)));
		var renamed = file("gemeenten.geojson", collection(feature("gemeentecode", "GM0001", "gemeentenaam",
				"Andere naam", box(5.00, 52.00, 5.10, 52.10))));

		var report = this.importer.importCbs(YEAR,
				List.of(renamed, file("wijken.geojson", wijken.substring(0, wijken.length() * 2 / 3))),
				ImportProgress.NONE);

		assertThat(report.imported()).isFalse();
		assertThat(report.errors()).extracting(ImportProblem::messageKey).containsExactly("import.geojson-malformed");
		assertThat(snapshot()).isEqualTo(this.before);
	}

	@Test
	void refusesATruncatedCsvFile() {
		assertRefused(file("kerncijfers.csv", "code,aantal_inwoners,huishoudens\nGM0001,1000,400\nWK000101,6"),
				"import.csv-field-count");
		assertRefused(file("kerncijfers.csv", "code,name,aantal_inwoners\nGM0001,\"Proef, stede"), "import.csv-open-quote");
	}

	@Test
	void refusesAFeatureWithoutCode() {
		assertRefused(file("wijken.geojson", collection("{\"type\":\"Feature\",\"properties\":{\"wijknaam\":\"Naamloos\"},"
				+ "\"geometry\":" + box(5.0, 52.0, 5.01, 52.01) + "}")), "import.missing-code");
	}

	@Test
	void refusesAnAreaWhoseParentDoesNotExist() {
		var report = assertRefused(file("wijken.geojson", collection(
				feature("wijkcode", "WK000301", "wijknaam", "Verweesd", box(5.2, 52.0, 5.3, 52.1)))),
				"import.unknown-parent");

		assertThat(report.errors().get(0).arguments()).containsExactly("GM0003", "1999");
	}

	@Test
	void refusesCoordinatesThatAreNotLongitudeAndLatitude() {
		assertRefused(file("rd.geojson", collection(feature("wijkcode", "WK000105", "wijknaam", "In RD",
				box(155000, 463000, 156000, 464000)))), "import.geometry-not-wgs84");
	}

	@Test
	void repairsASelfIntersectingBoundaryWithANote() {
		String bowTie = polygon(5.00, 52.00, 5.02, 52.02, 5.02, 52.00, 5.00, 52.02, 5.00, 52.00);

		var report = this.importer.importCbs(YEAR, List.of(file("strik.geojson", collection(
				feature("gemeentecode", "GM0002", "gemeentenaam", "Strikdorp", box(5.00, 52.00, 5.02, 52.02)),
				feature("wijkcode", "WK000201", "wijknaam", "Strik", bowTie)))), ImportProgress.NONE);

		assertThat(report.imported()).isTrue();
		assertThat(report.notes()).extracting(ImportProblem::messageKey).containsExactly("import.geometry-repaired");
		var stored = this.areas.shape(new AreaCode("WK000201"), YEAR).boundary();
		assertThat(stored.isValid()).isTrue();
		assertThat(stored.getArea()).isPositive();
	}

	@Test
	void refusesABoundaryThatCannotBeRepaired() {
		String line = polygon(5.00, 52.00, 5.01, 52.00, 5.02, 52.00, 5.00, 52.00);

		assertRefused(file("wijken.geojson", collection(feature("wijkcode", "WK000104", "wijknaam", "Streep", line))),
				"import.geometry-invalid");
	}

	@Test
	void reportsEveryBadFeatureNotOnlyTheFirst() {
		var report = assertRefused(file("kerncijfers.csv", """
				code,name,aantal_inwoners
				,Zonder code,10
				WK000101,Noord,veel
				XX12,Vreemd,3
				"""), "import.missing-code", "import.bad-number", "import.invalid-code");

		assertThat(report.errors()).extracting(problem -> problem.location().number()).containsExactly(2L, 3L, 4L);
	}

	private ImportReport assertRefused(SourceFile file, String... messageKeys) {
		var report = this.importer.importCbs(YEAR, List.of(file), ImportProgress.NONE);

		assertThat(report.imported()).as("imported %s", file).isFalse();
		assertThat(report.errors()).extracting(ImportProblem::messageKey).containsExactly(messageKeys);
		assertThat(snapshot()).as("areas of %s after refusing %s", YEAR, file).isEqualTo(this.before);
		return report;
	}

	/** Everything stored for the test year, and the import log: a refused import must change neither. */
	private String snapshot() {
		return areasOfTheYear() + ":"
				+ this.jdbc.sql("select count(*) from area_import").query(Long.class).single();
	}

	private String areasOfTheYear() {
		return this.jdbc.sql("""
				select count(*) || ':' || md5(coalesce(string_agg(a::text, '|' order by a.code), ''))
				from area_area a where a.year = ?""").param(YEAR).query(String.class).single();
	}

}
