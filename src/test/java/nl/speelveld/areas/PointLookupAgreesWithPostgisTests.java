package nl.speelveld.areas;

import java.sql.SQLException;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import nl.speelveld.SpeelveldTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Geometry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our in-memory index must say which areas cover a point exactly as PostGIS's {@code ST_Covers} says on
 * the same boundaries, borders included. Runs only against an external PostgreSQL with PostGIS (see the
 * surefire groups in the pom); without PostGIS it fails instead of skipping, so that a run which was meant
 * to check this cannot pass without doing so.
 */
@SpeelveldTest
@Tag("postgis")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PointLookupAgreesWithPostgisTests {

	/** Fixed, so that a disagreement found once can be found again. */
	private static final long SEED = 4_326;

	@Autowired
	Areas areas;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	private PostgisAreas postgis;

	private Points points;

	@BeforeAll
	void copyBoundariesAndPointsIntoPostgis() throws SQLException {
		this.postgis = PostgisAreas.open(this.dataSource);
		var random = new Random(SEED);
		this.points = Points.uniform(random, 10_000)
			.plus(Points.onAndNearBoundaries(boundaries(2024, AreaLevel.GEMEENTE), random, 1_200))
			.plus(Points.onAndNearBoundaries(boundaries(2024, AreaLevel.WIJK), random, 1_200))
			.plus(Points.onAndNearBoundaries(boundaries(2014, AreaLevel.BUURT), random, 1_200))
			.plus(labelPoints(random, 1_500));
		this.postgis.load(this.points);
	}

	@AfterAll
	void dropThePostgisTables() throws SQLException {
		this.postgis.close();
	}

	@Test
	void gemeentenOf2024CoverTheSamePointsAsInPostgis() throws SQLException {
		assertSameCoverage(2024, AreaLevel.GEMEENTE);
	}

	@Test
	void wijkenOf2024CoverTheSamePointsAsInPostgis() throws SQLException {
		assertSameCoverage(2024, AreaLevel.WIJK);
	}

	@Test
	void buurtenOf2014CoverTheSamePointsAsInPostgis() throws SQLException {
		assertSameCoverage(2014, AreaLevel.BUURT);
	}

	private void assertSameCoverage(int year, AreaLevel level) throws SQLException {
		Coverage ours = Coverage.of(this.points, (lat, lon) -> this.areas.covering(lat, lon, year, level));
		Coverage theirs = this.postgis.covering(year, List.of(level));

		// Two empty answers would agree too, and thousands of these points lie in the Netherlands.
		assertThat(theirs.size()).as("pairs that PostGIS found").isGreaterThan(1_500);
		assertThat(ours.agreesWith(theirs))
			.withFailMessage(() -> "Our index and PostGIS disagree on " + level.key() + " " + year + ":\n"
					+ ours.differences("ours", theirs, "PostGIS", this.points, 10))
			.isTrue();
	}

	private List<Geometry> boundaries(int year, AreaLevel level) {
		return this.jdbc.sql("""
				select geometry from area_area where year = ? and level = ? and geometry is not null order by code""")
			.params(year, level.key())
			.query((row, n) -> AreaCatalog.geometry(row.getBytes(1)))
			.list();
	}

	/** The label points of areas with a boundary, of the three checked sets: inside, often near narrow parts. */
	private Points labelPoints(Random random, int count) {
		List<double[]> labels = this.jdbc.sql("""
				select label_lat, label_lon from area_area
				where geometry is not null and label_lat is not null
				and ((year = 2024 and level in ('gemeente', 'wijk')) or (year = 2014 and level = 'buurt'))
				order by year, code""")
			.query((row, n) -> new double[] { row.getDouble(1), row.getDouble(2) })
			.list();
		var points = new Points(new double[count], new double[count]);
		for (int i = 0; i < count; i++) {
			double[] label = labels.get(random.nextInt(labels.size()));
			points.lats()[i] = label[0];
			points.lons()[i] = label[1];
		}
		return points;
	}

}
