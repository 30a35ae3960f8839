package nl.speelveld.areas;

import java.util.Arrays;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The boundaries of one level and year on a uniform grid, for point lookups that test few segments, or
 * none. Each cell lists the areas whose interior holds the whole cell (a point there lies in them, no test
 * needed) and, for the areas whose border passes through it, the border segments near the cell (see
 * {@link AreaBorders}). An area that does not reach a cell is not listed there, so unlike a query on
 * bounding boxes, a lookup never tests an area that merely has the point in its bounding box.
 * {@link AreaGridBuilder} explains why the lists are exact, whatever the arithmetic rounds.
 */
final class AreaGrid {

	/** The areas by code: cells list them in this order, so that a lookup finds them sorted by code. */
	private final AreaSummary[] areas;

	private final Layout layout;

	/**
	 * The areas of cell c are {@code entries[start[c]]} up to {@code entries[start[c + 1]]}: an area's number
	 * when its interior holds the whole cell, or the complement ({@code ~}, negative) of a border run number.
	 */
	private final int[] start;

	private final int[] entries;

	private final AreaBorders borders;

	AreaGrid(AreaSummary[] areas, Layout layout, int[] start, int[] entries, AreaBorders borders) {
		this.areas = areas;
		this.layout = layout;
		this.start = start;
		this.entries = entries;
		this.borders = borders;
	}

	static AreaGrid of(List<AreaShape> shapes) {
		return AreaGridBuilder.build(shapes);
	}

	/** Every area whose boundary covers the point (x is the longitude), by code. */
	List<AreaSummary> covering(double x, double y) {
		if (!this.layout.holds(x, y)) {
			return List.of();
		}
		int column = this.layout.column(x);
		int cell = this.layout.cell(column, this.layout.row(y));
		int from = this.start[cell];
		int to = this.start[cell + 1];
		if (from == to) {
			return List.of();
		}
		AreaSummary[] hits = new AreaSummary[to - from];
		int found = 0;
		Coordinate point = null;
		for (int i = from; i < to; i++) {
			int entry = this.entries[i];
			if (entry >= 0) {
				hits[found++] = this.areas[entry];
				continue;
			}
			if (point == null) {
				point = new Coordinate(x, y);
			}
			if (this.borders.covers(~entry, column, point)) {
				hits[found++] = this.areas[this.borders.area(~entry)];
			}
		}
		return Arrays.asList(found == hits.length ? hits : Arrays.copyOf(hits, found));
	}

	/** Where the cells lie: the column and row of every point of the extent. */
	record Layout(double minX, double minY, double maxX, double maxY, double cellsPerDegree, int columns, int rows) {

		/** A centimetre or so: a cell then always holds many points that doubles can express. */
		private static final double MIN_CELL_SIZE = 1e-7;

		static Layout over(Envelope extent, long cells) {
			double width = extent.getWidth();
			double height = extent.getHeight();
			double size = Math.sqrt(width * height / cells);
			if (!(size > 0)) {
				// An extent without area (a line or a point): cells along its length, or a single one.
				size = Math.max(width, height) / cells;
			}
			double perDegree = 1 / Math.max(size, MIN_CELL_SIZE);
			return new Layout(extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY(), perDegree,
					(int) (width * perDegree) + 1, (int) (height * perDegree) + 1);
		}

		boolean holds(double x, double y) {
			// Written so that NaN lies outside.
			return x >= this.minX && x <= this.maxX && y >= this.minY && y <= this.maxY;
		}

		/** Never smaller for a larger x, whatever the rounding: what makes the cell lists exact. */
		int column(double x) {
			return (int) ((x - this.minX) * this.cellsPerDegree);
		}

		int row(double y) {
			return (int) ((y - this.minY) * this.cellsPerDegree);
		}

		int clampedColumn(double x) {
			return Math.max(0, Math.min(this.columns - 1, column(x)));
		}

		int clampedRow(double y) {
			return Math.max(0, Math.min(this.rows - 1, row(y)));
		}

		/** Where a row begins, or very nearly: rounding may put the first points in the row below. */
		double rowStart(int row) {
			return this.minY + row / this.cellsPerDegree;
		}

		/** A point that the arithmetic puts in this cell: its centre, or the nearest double to it that is. */
		Coordinate pointIn(int column, int row) {
			double x = this.minX + (column + 0.5) / this.cellsPerDegree;
			double y = this.minY + (row + 0.5) / this.cellsPerDegree;
			while (column(x) < column) {
				x = Math.nextUp(x);
			}
			while (column(x) > column) {
				x = Math.nextDown(x);
			}
			while (row(y) < row) {
				y = Math.nextUp(y);
			}
			while (row(y) > row) {
				y = Math.nextDown(y);
			}
			return new Coordinate(x, y);
		}

		int cell(int column, int row) {
			return row * this.columns + column;
		}

		int cells() {
			return this.columns * this.rows;
		}

	}

}
