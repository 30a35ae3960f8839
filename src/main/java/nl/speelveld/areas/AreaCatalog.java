package nl.speelveld.areas;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads areas and postcodes from the database; the importers write them. */
@Repository
class AreaCatalog {

	private static final String SUMMARY = "a.year, a.code, a.name, a.level, a.parent_code";

	private static final String LEVEL_ORDER = "array_position(array['gemeente','kern','wijk','buurt']::text[], a.level)";

	/** A postcode as stored: its place, its centre, and the areas of the year it was mapped to. */
	record Postcode(String postcode, String place, double lat, double lon, int year, @Nullable String gemeente,
			@Nullable String wijk) {
	}

	/** An area row with its boundary in WKB, as the lookup index reads them. */
	record Boundary(AreaSummary area, byte[] wkb) {
	}

	private final JdbcClient jdbc;

	AreaCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Area> find(AreaCode code, int year) {
		return this.jdbc.sql("select " + SUMMARY + ", " + figureColumns()
				+ ", label_lat, label_lon, min_lon, min_lat, max_lon, max_lat from area_area a where a.year = ? and a.code = ?")
			.params(year, code.value())
			.query((rs, n) -> new Area(summary(rs), List.of(), List.of(), figures(rs), label(rs), bounds(rs), List.of()))
			.optional();
	}

	Optional<AreaSummary> summary(AreaCode code, int year) {
		return this.jdbc.sql("select " + SUMMARY + " from area_area a where a.year = ? and a.code = ?")
			.params(year, code.value())
			.query((rs, n) -> summary(rs))
			.optional();
	}

	List<Integer> years(AreaCode code) {
		return this.jdbc.sql("select year from area_area where code = ? order by year desc")
			.param(code.value())
			.query(Integer.class)
			.list();
	}

	Optional<Integer> newestYear(@Nullable AreaLevel level) {
		return Optional.ofNullable(this.jdbc.sql("select max(year) from area_area where (cast(? as text) is null or level = cast(? as text))")
			.params(level == null ? null : level.key(), level == null ? null : level.key())
			.query(Integer.class)
			.single());
	}

	List<AreaSummary> children(AreaCode code, int year) {
		return this.jdbc.sql("select " + SUMMARY + " from area_area a where a.year = ? and a.parent_code = ? order by a.name")
			.params(year, code.value())
			.query((rs, n) -> summary(rs))
			.list();
	}

	AreaPage list(AreaLevel level, int year, @Nullable String nameFilter, int page, int size) {
		String key = nameFilter == null ? "" : AreaNames.searchKey(nameFilter);
		String where = " from area_area a where a.year = :year and a.level = :level"
				+ " and (:key = '' or a.name_key like :prefix or a.name_key like :word)";
		var params = new java.util.HashMap<String, Object>();
		params.put("year", year);
		params.put("level", level.key());
		params.put("key", key);
		params.put("prefix", key + "%");
		params.put("word", "% " + key + "%");
		long total = this.jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		List<AreaSummary> items = this.jdbc
			.sql("select " + SUMMARY + where + " order by a.name_key, a.code limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> summary(rs))
			.list();
		return new AreaPage(items, total, page, size);
	}

	Optional<Geometry> boundary(AreaCode code, int year) {
		return this.jdbc.sql("select geometry from area_area where year = ? and code = ? and geometry is not null")
			.params(year, code.value())
			.query((rs, n) -> geometry(rs.getBytes(1)))
			.optional();
	}

	List<AreaShape> childShapes(AreaCode code, int year) {
		return this.jdbc.sql("select " + SUMMARY + ", a.geometry from area_area a"
				+ " where a.year = ? and a.parent_code = ? and a.geometry is not null order by a.name")
			.params(year, code.value())
			.query((rs, n) -> new AreaShape(summary(rs), geometry(rs.getBytes("geometry"))))
			.list();
	}

	Optional<Postcode> postcode(String pc4) {
		return this.jdbc.sql("select postcode, place, lat, lon, year, gemeente_code, wijk_code from area_postcode where postcode = ?")
			.param(pc4)
			.query((rs, n) -> new Postcode(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
					rs.getInt(5), rs.getString(6), rs.getString(7)))
			.optional();
	}

	/**
	 * Areas whose name matches, newest year of each code only, best first: whole name, then gemeenten
	 * before wijken and buurten, then names that start with the text, then names with a typo (trigrams).
	 */
	List<PlaceMatch> searchAreas(String text, int limit) {
		String key = AreaNames.searchKey(text);
		if (key.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + SUMMARY + ", p.year as p_year, p.code as p_code, p.name as p_name,"
				+ " p.level as p_level, p.parent_code as p_parent from area_area a"
				+ " left join area_area p on p.year = a.year and p.code = a.parent_code"
				+ " where (a.name_key like :prefix or a.name_key like :word or a.name_key % :key)"
				+ " and a.year = (select max(n.year) from area_area n where n.code = a.code)"
				+ " order by a.name_key = :key desc, " + LEVEL_ORDER + ", a.name_key like :prefix desc,"
				+ " similarity(a.name_key, :key) desc, a.name, p.name limit :limit")
			.param("key", key)
			.param("prefix", key + "%")
			.param("word", "% " + key + "%")
			.param("limit", limit)
			.query((rs, n) -> new PlaceMatch(summary(rs), rs.getString("p_code") == null ? null
					: new AreaSummary(new AreaCode(rs.getString("p_code")), rs.getString("p_name"),
							level(rs.getString("p_level")), rs.getInt("p_year"), code(rs.getString("p_parent"))),
					null))
			.list();
	}

	/** Towns (woonplaatsen) whose name starts with the text, each with the gemeente it lies in. */
	List<PlaceMatch> searchTowns(String text, int limit) {
		String prefix = text.trim().toLowerCase(java.util.Locale.ROOT);
		if (prefix.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select distinct on (t.place, a.code) t.place as town, " + SUMMARY
				+ " from area_postcode t join area_area a on a.year = t.year and a.code = t.gemeente_code"
				+ " where lower(t.place) like :prefix order by t.place, a.code limit :limit")
			.param("prefix", prefix.replace("%", "").replace("_", "") + "%")
			.param("limit", limit)
			.query((rs, n) -> new PlaceMatch(summary(rs), null, rs.getString("town")))
			.list();
	}

	void forEachBoundary(Consumer<Boundary> consumer) {
		this.jdbc.sql("select " + SUMMARY + ", a.geometry from area_area a where a.geometry is not null")
			.query(rs -> {
				consumer.accept(new Boundary(summary(rs), rs.getBytes("geometry")));
			});
	}

	void forEachArea(Consumer<AreaSummary> consumer) {
		this.jdbc.sql("select " + SUMMARY + " from area_area a").query(rs -> {
			consumer.accept(summary(rs));
		});
	}

	long lastImport() {
		return this.jdbc.sql("select coalesce(max(id), 0) from area_import").query(Long.class).single();
	}

	private static AreaSummary summary(ResultSet rs) throws SQLException {
		return new AreaSummary(new AreaCode(rs.getString("code")), rs.getString("name"), level(rs.getString("level")),
				rs.getInt("year"), code(rs.getString("parent_code")));
	}

	private static AreaLevel level(String key) {
		return AreaLevel.fromKey(key).orElseThrow();
	}

	private static @Nullable AreaCode code(@Nullable String value) {
		return value == null ? null : new AreaCode(value);
	}

	private static String figureColumns() {
		return String.join(", ", java.util.Arrays.stream(KeyFigure.values()).map(KeyFigure::key).toList());
	}

	private static KeyFigures figures(ResultSet rs) throws SQLException {
		var values = new EnumMap<KeyFigure, Number>(KeyFigure.class);
		for (KeyFigure figure : KeyFigure.values()) {
			Object value = rs.getObject(figure.key());
			if (value instanceof Number number) {
				values.put(figure, figure.isDecimal() ? (Number) number.doubleValue() : (Number) number.longValue());
			}
		}
		return KeyFigures.of(values);
	}

	private static Area.@Nullable Position label(ResultSet rs) throws SQLException {
		double lat = rs.getDouble("label_lat");
		return rs.wasNull() ? null : new Area.Position(lat, rs.getDouble("label_lon"));
	}

	private static Area.@Nullable BoundingBox bounds(ResultSet rs) throws SQLException {
		double minLon = rs.getDouble("min_lon");
		return rs.wasNull() ? null : new Area.BoundingBox(minLon, rs.getDouble("min_lat"), rs.getDouble("max_lon"),
				rs.getDouble("max_lat"));
	}

	static Geometry geometry(byte[] wkb) {
		try {
			return new WKBReader(AreaIndex.GEOMETRIES).read(wkb);
		}
		catch (ParseException corrupt) {
			throw new IllegalStateException("A stored boundary cannot be read", corrupt);
		}
	}

}
