package nl.speelveld.areas;

import java.time.Duration;

import nl.speelveld.SpeelveldTest;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Another app node (or a command-line import) writes areas and logs the import; this node's lookup index
 * must follow without being told, because app nodes share nothing but the database.
 */
@SpeelveldTest
class LookupsFollowImportsOnOtherNodesTests {

	private static final int YEAR = 1990;

	@Autowired
	Areas areas;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anImportLoggedByAnotherNodeReachesThisNodesLookups() throws Exception {
		byte[] square = new WKBWriter().write(new WKTReader().read("POLYGON ((6 53, 6.1 53, 6.1 53.1, 6 53.1, 6 53))"));
		this.jdbc.sql("""
				insert into area_area (year, code, level, name, name_key, geometry)
				values (?, 'GM0009', 'gemeente', 'Elders', 'elders', ?)""").params(YEAR, square).update();
		this.jdbc.sql("""
				insert into area_import (kind, year, files, features, areas, added, changed, notes)
				values ('cbs', ?, 'elders.geojson', 1, 1, 1, 0, 0)""").param(YEAR).update();

		await().atMost(Duration.ofSeconds(15))
			.ignoreExceptionsInstanceOf(PointOutsideAreas.class)
			.untilAsserted(() -> assertThat(this.areas.lookup(53.05, 6.05, YEAR).gemeente().name()).isEqualTo("Elders"));
	}

}
