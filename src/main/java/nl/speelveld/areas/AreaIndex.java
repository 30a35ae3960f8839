package nl.speelveld.areas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * An immutable snapshot of all area boundaries, one grid per year and level (see {@link AreaGrid}), for
 * point lookups without a database round trip. Lookups use covers semantics, like PostGIS
 * {@code ST_Covers}: a point on a border lies in both areas; ties go to the lowest code.
 */
final class AreaIndex {

	static final GeometryFactory GEOMETRIES = new GeometryFactory(new PrecisionModel(), 4326);

	private final Map<Integer, Map<AreaLevel, AreaGrid>> grids;

	private final Map<Integer, Map<AreaCode, AreaSummary>> areas;

	private final long importId;

	private AreaIndex(Map<Integer, Map<AreaLevel, AreaGrid>> grids, Map<Integer, Map<AreaCode, AreaSummary>> areas,
			long importId) {
		this.grids = grids;
		this.areas = areas;
		this.importId = importId;
	}

	static AreaIndex empty() {
		return new AreaIndex(Map.of(), Map.of(), -1);
	}

	static AreaIndex build(AreaCatalog catalog) {
		// Read the import id first: an import that commits while we read is then picked up by the next refresh.
		long importId = catalog.lastImport();
		Map<Integer, Map<AreaLevel, List<AreaShape>>> shapes = new HashMap<>();
		Map<Integer, Map<AreaCode, AreaSummary>> areas = new HashMap<>();
		catalog.forEachArea(area -> areas.computeIfAbsent(area.year(), year -> new HashMap<>()).put(area.code(), area));
		catalog.forEachBoundary(row -> shapes.computeIfAbsent(row.area().year(), year -> new EnumMap<>(AreaLevel.class))
			.computeIfAbsent(row.area().level(), level -> new ArrayList<>())
			.add(new AreaShape(row.area(), AreaCatalog.geometry(row.wkb()))));
		Map<Integer, Map<AreaLevel, AreaGrid>> grids = new HashMap<>();
		shapes.forEach((year, levels) -> levels.forEach((level, ofLevel) -> grids
			.computeIfAbsent(year, y -> new EnumMap<>(AreaLevel.class))
			.put(level, AreaGrid.of(ofLevel))));
		return new AreaIndex(grids, areas, importId);
	}

	long importId() {
		return this.importId;
	}

	/** All areas of this level and year whose boundary covers the point, by code. */
	List<AreaSummary> covering(double lat, double lon, int year, AreaLevel level) {
		AreaGrid grid = this.grids.getOrDefault(year, Map.of()).get(level);
		return grid == null ? List.of() : grid.covering(lon, lat);
	}

	/**
	 * The buurt, wijk and gemeente at a point: the smallest area whose boundary covers it, and its parents
	 * through the CBS hierarchy. Simplified boundaries of different levels disagree slightly along borders;
	 * following the hierarchy keeps the answer consistent.
	 */
	Optional<AreaLookup> lookup(double lat, double lon, int year) {
		for (AreaLevel level : List.of(AreaLevel.BUURT, AreaLevel.WIJK, AreaLevel.GEMEENTE)) {
			List<AreaSummary> hits = covering(lat, lon, year, level);
			if (!hits.isEmpty()) {
				return chain(hits.get(0));
			}
		}
		return Optional.empty();
	}

	/** The lookup answer for a known area: the area with its parents. */
	Optional<AreaLookup> chain(AreaSummary area) {
		AreaSummary buurt = null;
		AreaSummary wijk = null;
		AreaSummary current = area;
		while (current != null) {
			switch (current.level()) {
				case BUURT -> buurt = current;
				case WIJK -> wijk = current;
				case GEMEENTE -> {
					return Optional.of(new AreaLookup(area.year(), current, wijk, buurt));
				}
				case KERN -> {
				}
			}
			current = parent(current);
		}
		return Optional.empty();
	}

	Optional<AreaSummary> newest(AreaCode code) {
		return this.areas.keySet()
			.stream()
			.sorted(Comparator.reverseOrder())
			.flatMap(year -> area(code, year).stream())
			.findFirst();
	}

	Optional<AreaSummary> area(AreaCode code, int year) {
		return Optional.ofNullable(this.areas.getOrDefault(year, Map.of()).get(code));
	}

	private @Nullable AreaSummary parent(AreaSummary area) {
		return area.parent() == null ? null : this.areas.getOrDefault(area.year(), Map.of()).get(area.parent());
	}

}
