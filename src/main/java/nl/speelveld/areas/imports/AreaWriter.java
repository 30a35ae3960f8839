package nl.speelveld.areas.imports;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaNames;
import nl.speelveld.areas.KeyFigure;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes an import's areas inside the caller's transaction: streamed into a temporary table with COPY (a
 * national import is some 20,000 rows), then merged into {@code area_area}. What a file does not say is
 * kept: a figures-only file leaves boundaries alone. Rows that would not change are not touched, so a
 * re-import reports them as unchanged.
 */
@Component
class AreaWriter {

	/** Serialises imports across app nodes and command-line runs; the value is arbitrary but fixed. */
	private static final long IMPORT_LOCK = 0x5350_4C56_4152_4541L;

	private static final List<String> COLUMNS = Stream
		.concat(Stream.of("year", "code", "level", "name", "name_key", "parent_code", "geometry", "label_lon",
				"label_lat", "min_lon", "min_lat", "max_lon", "max_lat"),
				Arrays.stream(KeyFigure.values()).map(KeyFigure::key))
		.toList();

	/** Columns that an import may leave empty, keeping what is stored. */
	private static final List<String> MERGED = COLUMNS.subList(3, COLUMNS.size());

	/**
	 * Inserts new areas and updates stored ones. The name of a stored area is filled in before the insert
	 * is tried, because PostgreSQL checks NOT NULL on the proposed row before it detects the conflict.
	 */
	private static final String MERGE = "insert into area_area as a (" + String.join(", ", COLUMNS) + ") select "
			+ COLUMNS.stream()
				.map(c -> c.startsWith("name") ? "coalesce(i." + c + ", (select s." + c
						+ " from area_area s where s.year = i.year and s.code = i.code))" : "i." + c)
				.collect(Collectors.joining(", "))
			+ " from area_incoming i on conflict (year, code) do update set "
			+ MERGED.stream().map(c -> c + " = coalesce(excluded." + c + ", a." + c + ")").collect(Collectors.joining(", "))
			+ " where (" + String.join(", ", MERGED.stream().map(c -> "a." + c).toList()) + ") is distinct from ("
			+ MERGED.stream().map(c -> "coalesce(excluded." + c + ", a." + c + ")").collect(Collectors.joining(", "))
			+ ") returning (xmax = 0) as added";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	AreaWriter(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** Waits until no other import runs; held until the surrounding transaction ends. */
	void lockImports() {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(IMPORT_LOCK).query().singleRow();
	}

	Set<AreaCode> storedCodes(int year) {
		return Set.copyOf(this.jdbc.sql("select code from area_area where year = ?")
			.param(year)
			.query((rs, n) -> new AreaCode(rs.getString(1)))
			.list());
	}

	/** The counts of areas added and changed; the rest of {@code records} was already stored as given. */
	int[] write(int year, Collection<AreaRecord> records, ImportProgress progress) {
		this.jdbc.sql("create temporary table area_incoming on commit drop as select " + String.join(", ", COLUMNS)
				+ " from area_area with no data").update();
		copy(year, records, progress);
		progress.begin("import.phase.merge", records.size());
		List<Boolean> changes = this.jdbc.sql(MERGE).query((rs, n) -> rs.getBoolean(1)).list();
		progress.end();
		int added = (int) changes.stream().filter(Boolean::booleanValue).count();
		return new int[] { added, changes.size() - added };
	}

	private void copy(int year, Collection<AreaRecord> records, ImportProgress progress) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		var wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
		progress.begin("import.phase.write", records.size());
		try {
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy area_incoming (" + String.join(", ", COLUMNS) + ") from stdin (format csv)");
			try {
				int written = 0;
				for (AreaRecord record : records) {
					byte[] row = csvRow(year, record, wkb).getBytes(StandardCharsets.UTF_8);
					copy.writeToCopy(row, 0, row.length);
					progress.advance(++written);
				}
				copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}
		catch (SQLException failure) {
			throw new IllegalStateException("Could not copy areas into the database", failure);
		}
		progress.end();
	}

	private static String csvRow(int year, AreaRecord record, WKBWriter wkb) {
		List<@Nullable Object> values = new ArrayList<>(COLUMNS.size());
		values.add(year);
		values.add(record.code.value());
		values.add(record.code.level().key());
		values.add(record.name);
		values.add(record.name == null ? null : AreaNames.searchKey(record.name));
		values.add(record.code.impliedParent().map(AreaCode::value).orElse(null));
		if (record.geometry != null) {
			values.add("\\x" + HexFormat.of().formatHex(wkb.write(record.geometry)));
			Point label = record.labelLon == null ? record.geometry.getInteriorPoint() : null;
			values.add(label == null ? record.labelLon : label.getX());
			values.add(label == null ? record.labelLat : label.getY());
			Envelope box = record.geometry.getEnvelopeInternal();
			values.addAll(List.of(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()));
		}
		else {
			values.addAll(Arrays.asList(null, record.labelLon, record.labelLat, null, null, null, null));
		}
		for (KeyFigure figure : KeyFigure.values()) {
			values.add(record.figures.get(figure));
		}
		return values.stream().map(AreaWriter::csvField).collect(Collectors.joining(",", "", "\n"));
	}

	private static String csvField(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
