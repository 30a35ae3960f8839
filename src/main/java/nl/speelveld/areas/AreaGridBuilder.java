package nl.speelveld.areas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.util.LinearComponentExtracter;

/**
 * Builds an {@link AreaGrid}, one area at a time, in code order.
 * <p>
 * A cell is not exactly a square: it holds whatever points the index arithmetic puts in it. The lists are
 * exact all the same, because that arithmetic never gives a smaller column for a larger x (or row for a
 * larger y). Each border segment marks, row by row, the columns from where it enters the row to where it
 * leaves it, widened by far more than any rounding; so every cell that the border comes near is marked,
 * and the cells between two marked ones in a row have no border between them. One point-in-polygon test
 * then decides for such a whole run of unmarked cells, and for the run of marked cells to its left (see
 * {@link AreaBorders}).
 */
final class AreaGridBuilder {

	/** About this many cells per area: most cells then lie wholly inside one area. */
	private static final int CELLS_PER_AREA = 64;

	/** At most 4 MB of cell offsets per grid. */
	private static final int MAX_CELLS = 1 << 20;

	/** A ten-thousandth of a millimetre in degrees: a million times more than the arithmetic here can err. */
	private static final double MARGIN = 1e-9;

	/** A border segment's columns in one row. */
	private record Crossing(int row, int firstColumn, int lastColumn, int segment) {
	}

	private final AreaGrid.Layout layout;

	/** Runs of cells in a row that list an area alike: (row, first column, last column, entry), by area. */
	private final IntList cellRuns = new IntList();

	private final IntList borderRuns = new IntList();

	private final IntList borderStart = new IntList();

	private final IntList segments = new IntList();

	private final IntList lastColumns = new IntList();

	private final List<Coordinate> vertices = new ArrayList<>();

	private AreaGridBuilder(AreaGrid.Layout layout) {
		this.layout = layout;
		this.borderStart.add(0);
	}

	static AreaGrid build(List<AreaShape> shapes) {
		AreaShape[] sorted = shapes.stream()
			.sorted(Comparator.comparing(shape -> shape.area().code()))
			.toArray(AreaShape[]::new);
		var extent = new Envelope();
		for (AreaShape shape : sorted) {
			extent.expandToInclude(shape.boundary().getEnvelopeInternal());
		}
		long cells = Math.min(MAX_CELLS, Math.max(1L, (long) sorted.length * CELLS_PER_AREA));
		var builder = new AreaGridBuilder(AreaGrid.Layout.over(extent, cells));
		var areas = new AreaSummary[sorted.length];
		for (int area = 0; area < sorted.length; area++) {
			areas[area] = sorted[area].area();
			builder.add(area, sorted[area].boundary());
		}
		return builder.finish(areas);
	}

	private void add(int area, Geometry boundary) {
		List<Coordinate[]> rings = new ArrayList<>();
		List<Crossing> crossings = new ArrayList<>();
		for (Object line : LinearComponentExtracter.getLines(boundary)) {
			Coordinate[] ring = ((LineString) line).getCoordinates();
			rings.add(ring);
			int first = this.vertices.size();
			this.vertices.addAll(Arrays.asList(ring));
			for (int i = 0; i + 1 < ring.length; i++) {
				cross(first + i, ring[i], ring[i + 1], crossings);
			}
		}
		crossings.sort(Comparator.comparingInt(Crossing::row)
			.thenComparing(Comparator.comparingInt(Crossing::lastColumn).reversed()));
		Envelope box = boundary.getEnvelopeInternal();
		int left = this.layout.clampedColumn(box.getMinX());
		boolean[] border = new boolean[this.layout.clampedColumn(box.getMaxX()) - left + 1];
		int next = 0;
		for (int row = this.layout.clampedRow(box.getMinY()); row <= this.layout.clampedRow(box.getMaxY()); row++) {
			int first = next;
			Arrays.fill(border, false);
			while (next < crossings.size() && crossings.get(next).row() == row) {
				Crossing crossing = crossings.get(next++);
				Arrays.fill(border, crossing.firstColumn() - left, crossing.lastColumn() - left + 1, true);
			}
			addRow(area, row, left, border, crossings.subList(first, next), rings);
		}
	}

	/** Records, for each row the segment passes through, the columns it passes through there. */
	private void cross(int segment, Coordinate from, Coordinate to, List<Crossing> crossings) {
		Coordinate low = from.y <= to.y ? from : to;
		Coordinate high = low == from ? to : from;
		double minX = Math.min(low.x, high.x);
		double maxX = Math.max(low.x, high.x);
		int lastRow = this.layout.clampedRow(high.y);
		for (int row = this.layout.clampedRow(low.y); row <= lastRow; row++) {
			double spanMinX = minX;
			double spanMaxX = maxX;
			if (high.y > low.y) {
				double bottom = Math.max(low.y, this.layout.rowStart(row) - MARGIN);
				double top = Math.min(high.y, this.layout.rowStart(row + 1) + MARGIN);
				double atBottom = low.x + (bottom - low.y) / (high.y - low.y) * (high.x - low.x);
				double atTop = low.x + (top - low.y) / (high.y - low.y) * (high.x - low.x);
				spanMinX = Math.max(minX, Math.min(atBottom, atTop) - MARGIN);
				spanMaxX = Math.min(maxX, Math.max(atBottom, atTop) + MARGIN);
			}
			crossings.add(new Crossing(row, this.layout.clampedColumn(spanMinX), this.layout.clampedColumn(spanMaxX),
					segment));
		}
	}

	/**
	 * One row of an area's bounding box, from right to left, so that a run of border cells knows whether the
	 * cell after it lies inside. Beyond the bounding box, nothing does.
	 */
	private void addRow(int area, int row, int left, boolean[] border, List<Crossing> crossings,
			List<Coordinate[]> rings) {
		boolean insideAfter = false;
		int last = border.length - 1;
		while (last >= 0) {
			boolean crossed = border[last];
			int first = last;
			while (first > 0 && border[first - 1] == crossed) {
				first--;
			}
			if (crossed) {
				int run = addBorderRun(area, insideAfter, left + first, left + last, crossings);
				this.cellRuns.add(row, left + first, left + last, ~run);
			}
			else {
				insideAfter = isInside(this.layout.pointIn(left + first, row), rings);
				if (insideAfter) {
					this.cellRuns.add(row, left + first, left + last, area);
				}
			}
			last = first - 1;
		}
	}

	private int addBorderRun(int area, boolean insideAfter, int firstColumn, int lastColumn,
			List<Crossing> crossings) {
		// The row's crossings come by last column, descending, and each lies wholly within one run.
		for (Crossing crossing : crossings) {
			if (crossing.lastColumn() >= firstColumn && crossing.lastColumn() <= lastColumn) {
				this.segments.add(crossing.segment());
				this.lastColumns.add(crossing.lastColumn());
			}
		}
		this.borderRuns.add(area * 2 + (insideAfter ? 1 : 0));
		this.borderStart.add(this.segments.size());
		return this.borderRuns.size() - 1;
	}

	/**
	 * Whether a point off the border lies inside: the ray-crossing count over all rings that JTS's indexed
	 * point locator makes too, without building its index.
	 */
	private static boolean isInside(Coordinate point, List<Coordinate[]> rings) {
		var counter = new RayCrossingCounter(point);
		for (Coordinate[] ring : rings) {
			for (int i = 1; i < ring.length; i++) {
				counter.countSegment(ring[i - 1], ring[i]);
			}
		}
		return counter.getLocation() == Location.INTERIOR;
	}

	private AreaGrid finish(AreaSummary[] areas) {
		int cells = this.layout.cells();
		int[] start = new int[cells + 1];
		for (int i = 0; i < this.cellRuns.size(); i += 4) {
			for (int column = this.cellRuns.get(i + 1); column <= this.cellRuns.get(i + 2); column++) {
				start[this.layout.cell(column, this.cellRuns.get(i)) + 1]++;
			}
		}
		for (int cell = 0; cell < cells; cell++) {
			start[cell + 1] += start[cell];
		}
		int[] entries = new int[start[cells]];
		int[] next = Arrays.copyOf(start, cells);
		for (int i = 0; i < this.cellRuns.size(); i += 4) {
			for (int column = this.cellRuns.get(i + 1); column <= this.cellRuns.get(i + 2); column++) {
				entries[next[this.layout.cell(column, this.cellRuns.get(i))]++] = this.cellRuns.get(i + 3);
			}
		}
		var borders = new AreaBorders(this.borderRuns.toArray(), this.borderStart.toArray(), this.segments.toArray(),
				this.lastColumns.toArray(), this.vertices.toArray(Coordinate[]::new));
		return new AreaGrid(areas, this.layout, start, entries, borders);
	}

	/** A growing array of ints. */
	private static final class IntList {

		private int[] values = new int[1024];

		private int size;

		void add(int value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		void add(int first, int second, int third, int fourth) {
			add(first);
			add(second);
			add(third);
			add(fourth);
		}

		int get(int index) {
			return this.values[index];
		}

		int size() {
			return this.size;
		}

		int[] toArray() {
			return Arrays.copyOf(this.values, this.size);
		}

	}

}
