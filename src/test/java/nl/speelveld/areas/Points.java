package nl.speelveld.areas;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * WGS84 points to look up, numbered by their position: the number is what our lookups and PostGIS are
 * compared on, so that a point means exactly the same doubles on both sides.
 */
record Points(double[] lats, double[] lons) {

	static final double MIN_LON = 3.3;

	static final double MAX_LON = 7.3;

	static final double MIN_LAT = 50.7;

	static final double MAX_LAT = 53.6;

	/** About a metre in degrees: near a border, yet mostly clearly on one side of it. */
	private static final double NEAR = 1e-5;

	int size() {
		return this.lats.length;
	}

	double lat(int point) {
		return this.lats[point];
	}

	double lon(int point) {
		return this.lons[point];
	}

	/** Spread evenly over the Netherlands' bounding box, sea and neighbouring countries included. */
	static Points uniform(Random random, int count) {
		var points = new Points(new double[count], new double[count]);
		for (int i = 0; i < count; i++) {
			points.lats[i] = MIN_LAT + random.nextDouble() * (MAX_LAT - MIN_LAT);
			points.lons[i] = MIN_LON + random.nextDouble() * (MAX_LON - MIN_LON);
		}
		return points;
	}

	/**
	 * Where lookups are hardest: on boundary vertices (which lie on the border of every neighbour that
	 * shares them), on edges between two vertices, and a metre or so beside a vertex.
	 */
	static Points onAndNearBoundaries(List<Geometry> boundaries, Random random, int count) {
		var points = new Points(new double[count], new double[count]);
		for (int i = 0; i < count; i++) {
			Coordinate[] ring = boundaries.get(random.nextInt(boundaries.size())).getCoordinates();
			int vertex = random.nextInt(ring.length - 1);
			Coordinate at = ring[vertex];
			Coordinate next = ring[vertex + 1];
			switch (i % 3) {
				case 0 -> {
					points.lats[i] = at.y;
					points.lons[i] = at.x;
				}
				case 1 -> {
					double along = random.nextDouble();
					points.lats[i] = at.y + along * (next.y - at.y);
					points.lons[i] = at.x + along * (next.x - at.x);
				}
				default -> {
					points.lats[i] = at.y + (random.nextDouble() * 2 - 1) * NEAR;
					points.lons[i] = at.x + (random.nextDouble() * 2 - 1) * NEAR;
				}
			}
		}
		return points;
	}

	Points plus(Points more) {
		double[] lats = Arrays.copyOf(this.lats, size() + more.size());
		double[] lons = Arrays.copyOf(this.lons, size() + more.size());
		System.arraycopy(more.lats, 0, lats, size(), more.size());
		System.arraycopy(more.lons, 0, lons, size(), more.size());
		return new Points(lats, lons);
	}

}
