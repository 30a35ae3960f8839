package nl.speelveld.areas;

import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;

/**
 * Where the borders of a grid's areas pass: for every run of cells side by side in a row that one area's
 * border passes through, the border segments in those cells, and whether the cell just after the run lies
 * inside the area. A point in the run lies inside when that cell does, unless the border crosses the
 * horizontal line from the point to that cell an odd number of times; and every segment that can cross it
 * lies in the run. So a lookup counts crossings with a few segments, with the same robust ray-crossing
 * count as JTS's point locators, instead of with every segment of the area at the point's latitude.
 */
final class AreaBorders {

	/** Per run: the area's number times two, plus one when the cell after the run lies inside the area. */
	private final int[] runs;

	/** The segments of run r are those from {@code start[r]} up to {@code start[r + 1]}. */
	private final int[] start;

	/** A segment by its first vertex; the next vertex ends it. */
	private final int[] segments;

	/** The last column of the run that each segment passes through; segments come by this, descending. */
	private final int[] lastColumns;

	private final Coordinate[] vertices;

	AreaBorders(int[] runs, int[] start, int[] segments, int[] lastColumns, Coordinate[] vertices) {
		this.runs = runs;
		this.start = start;
		this.segments = segments;
		this.lastColumns = lastColumns;
		this.vertices = vertices;
	}

	int area(int run) {
		return this.runs[run] >> 1;
	}

	/** Whether the area of this run covers the point, which lies in the run's row at this column. */
	boolean covers(int run, int column, Coordinate point) {
		var counter = new RayCrossingCounter(point);
		// Segments that end before the point's column lie wholly to the left of it: they cannot cross.
		for (int i = this.start[run]; i < this.start[run + 1] && this.lastColumns[i] >= column; i++) {
			counter.countSegment(this.vertices[this.segments[i]], this.vertices[this.segments[i] + 1]);
			if (counter.isOnSegment()) {
				return true;
			}
		}
		boolean insideAfterRun = (this.runs[run] & 1) == 1;
		return counter.isPointInPolygon() != insideAfterRun;
	}

}
