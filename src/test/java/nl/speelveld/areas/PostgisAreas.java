package nl.speelveld.areas;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The area boundaries and a set of points as PostGIS tables, to check our point lookups against
 * {@code ST_Covers}. Both are temporary tables of one connection (taken from the application's pool), so
 * the database is left as it was; {@link #close()} drops them before the connection goes back.
 */
final class PostgisAreas implements AutoCloseable {

	private final Connection connection;

	private final JdbcClient jdbc;

	private PostgisAreas(Connection connection) {
		this.connection = connection;
		this.jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
	}

	/** Copies every boundary of {@code area_area} into a GiST-indexed PostGIS table. */
	static PostgisAreas open(DataSource dataSource) throws SQLException {
		var postgis = new PostgisAreas(dataSource.getConnection());
		try {
			postgis.requirePostgis();
			postgis.jdbc.sql("""
					create temporary table postgis_area as
					select year, level, code, ST_GeomFromWKB(geometry, 4326) as boundary
					from area_area where geometry is not null""").update();
			postgis.jdbc.sql("create index on postgis_area using gist (boundary)").update();
			postgis.jdbc.sql("analyze postgis_area").update();
			return postgis;
		}
		catch (RuntimeException failure) {
			postgis.close();
			throw failure;
		}
	}

	/** Replaces the points to look up with these, numbered by their position. */
	void load(Points points) throws SQLException {
		this.jdbc.sql("drop table if exists postgis_point").update();
		this.jdbc.sql("""
				create temporary table postgis_point (id integer primary key, location geometry(Point, 4326) not null)""")
			.update();
		this.jdbc.sql("""
				insert into postgis_point
				select (n - 1)::integer, ST_SetSRID(ST_MakePoint(lon, lat), 4326)
				from unnest(?, ?) with ordinality as p(lon, lat, n)""")
			.params(doubles(points.lons()), doubles(points.lats()))
			.update();
		this.jdbc.sql("create index on postgis_point using gist (location)").update();
		this.jdbc.sql("analyze postgis_point").update();
	}

	/** One spatial join: every loaded point with every area of these levels and year that covers it. */
	Coverage covering(int year, List<AreaLevel> levels) throws SQLException {
		var coverage = new Coverage();
		this.jdbc.sql("""
				select p.id, a.code from postgis_point p
				join postgis_area a on ST_Covers(a.boundary, p.location)
				where a.year = ? and a.level = any(?)""")
			.params(year, this.connection.createArrayOf("text", levels.stream().map(AreaLevel::key).toArray()))
			.query(row -> {
				coverage.add(row.getInt(1), row.getString(2));
			});
		return coverage;
	}

	/** PostgreSQL and PostGIS versions, to say what was measured. */
	String versions() {
		return this.jdbc.sql("""
				select 'PostgreSQL ' || current_setting('server_version') || ', PostGIS ' || postgis_lib_version()""")
			.query(String.class)
			.single();
	}

	@Override
	public void close() throws SQLException {
		try {
			this.jdbc.sql("drop table if exists postgis_point, postgis_area").update();
		}
		finally {
			this.connection.close();
		}
	}

	private void requirePostgis() {
		String database = this.jdbc.sql("select current_database()").query(String.class).single();
		boolean installed = this.jdbc.sql("select exists (select 1 from pg_extension where extname = 'postgis')")
			.query(Boolean.class)
			.single();
		if (!installed) {
			throw new IllegalStateException("PostGIS is not installed in database '" + database + "'. Point lookups "
					+ "are checked against PostGIS on an external PostgreSQL (SPRING_DATASOURCE_URL, _USERNAME, "
					+ "_PASSWORD) in which a superuser ran 'create extension postgis' beforehand.");
		}
	}

	private Array doubles(double[] values) throws SQLException {
		return this.connection.createArrayOf("float8", IntStream.range(0, values.length)
			.mapToObj(i -> values[i])
			.toArray());
	}

}
