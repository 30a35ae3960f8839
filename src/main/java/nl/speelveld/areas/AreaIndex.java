package nl.speelveld.areas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable snapshot of all area boundaries, one R-tree (STRtree) per year and level, for point
 * lookups without a database round trip. Boundaries are prepared geometries, which answer
 * point-in-polygon tests from a cached segment index. Lookups use covers semantics, like PostGIS
 * {@code ST_Covers}: a point on a border lies in both areas; ties go to the lowest code.
 */
final class AreaIndex {

	static final GeometryFactory GEOMETRIES = new GeometryFactory(new PrecisionModel(), 4326);

	private record Entry(AreaSummary area, PreparedGeometry boundary) {
	}

	private final Map<Integer, Map<AreaLevel, STRtree>> trees;

	private final Map<Integer, Map<AreaCode, AreaSummary>> areas;

	private final long importId;

	private AreaIndex(Map<Integer, Map<AreaLevel, STRtree>> trees, Map<Integer, Map<AreaCode, AreaSummary>> areas,
			long importId) {
		this.trees = trees;
		this.areas = areas;
		this.importId = importId;
	}

	static AreaIndex empty() {
		return new AreaIndex(Map.of(), Map.of(), -1);
	}

	static AreaIndex build(AreaCatalog catalog) {
		// Read the import id first: an import that commits while we read is then picked up by the next refresh.
		long importId = catalog.lastImport();
		Map<Integer, Map<AreaLevel, STRtree>> trees = new HashMap<>();
		Map<Integer, Map<AreaCode, AreaSummary>> areas = new HashMap<>();
		var prepare = new PreparedGeometryFactory();
		catalog.forEachArea(area -> areas.computeIfAbsent(area.year(), year -> new HashMap<>()).put(area.code(), area));
		catalog.forEachBoundary(row -> {
			var boundary = AreaCatalog.geometry(row.wkb());
			trees.computeIfAbsent(row.area().year(), year -> new EnumMap<>(AreaLevel.class))
				.computeIfAbsent(row.area().level(), level -> new STRtree())
				.insert(boundary.getEnvelopeInternal(), new Entry(row.area(), prepare.create(boundary)));
		});
		trees.values().forEach(levels -> levels.values().forEach(STRtree::build));
		return new AreaIndex(trees, areas, importId);
	}

	long importId() {
		return this.importId;
	}

	/** All areas of this level and year whose boundary covers the point, by code. */
	List<AreaSummary> covering(double lat, double lon, int year, AreaLevel level) {
		STRtree tree = this.trees.getOrDefault(year, Map.of()).get(level);
		if (tree == null) {
			return List.of();
		}
		Point point = GEOMETRIES.createPoint(new Coordinate(lon, lat));
		List<AreaSummary> hits = new ArrayList<>(2);
		for (Object candidate : tree.query(new Envelope(lon, lon, lat, lat))) {
			Entry entry = (Entry) candidate;
			if (entry.boundary().covers(point)) {
				hits.add(entry.area());
			}
		}
		hits.sort(Comparator.comparing(AreaSummary::code));
		return hits;
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

	Optional<AreaSummary> area(AreaCode code, int year) {
		return Optional.ofNullable(this.areas.getOrDefault(year, Map.of()).get(code));
	}

	private @Nullable AreaSummary parent(AreaSummary area) {
		return area.parent() == null ? null : this.areas.getOrDefault(area.year(), Map.of()).get(area.parent());
	}

}
