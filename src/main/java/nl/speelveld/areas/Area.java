package nl.speelveld.areas;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One area in one year with what its page shows: the chain of parents (gemeente first), its children, CBS
 * key figures, and where it lies (label point and bounding box in WGS84, absent without a boundary).
 */
public record Area(AreaSummary summary, List<AreaSummary> ancestors, List<AreaSummary> children,
		KeyFigures figures, @Nullable Position label, @Nullable BoundingBox bounds, List<Integer> otherYears) {

	public record Position(double lat, double lon) {
	}

	public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
	}

	public AreaCode code() {
		return this.summary.code();
	}

	public String name() {
		return this.summary.name();
	}

	public AreaLevel level() {
		return this.summary.level();
	}

	public int year() {
		return this.summary.year();
	}

	public boolean hasBoundary() {
		return this.bounds != null;
	}

}
