package nl.speelveld.areas;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid must find exactly the areas whose boundary covers a point, as JTS's {@code covers} says,
 * also on borders, on vertices and on the lines between the grid's cells. No database needed.
 */
class AreaGridTests {

	private static final GeometryFactory GEOMETRIES = AreaIndex.GEOMETRIES;

	@Test
	void aPointOnASharedBorderLiesInBothAreasSortedByCode() {
		var grid = AreaGrid.of(List.of(shape(2, box(5, 0, 10, 10)), shape(1, box(0, 0, 5, 10))));

		assertThat(codes(grid.covering(5, 3))).containsExactly("GM0001", "GM0002");
		assertThat(codes(grid.covering(5, 10))).containsExactly("GM0001", "GM0002");
		assertThat(codes(grid.covering(4.999, 3))).containsExactly("GM0001");
		assertThat(codes(grid.covering(10, 10))).containsExactly("GM0002");
	}

	@Test
	void pointsBeyondTheAreasOrNotANumberLieNowhere() {
		var grid = AreaGrid.of(List.of(shape(1, box(0, 0, 5, 10))));

		assertThat(grid.covering(-0.001, 5)).isEmpty();
		assertThat(grid.covering(5, 10.001)).isEmpty();
		assertThat(grid.covering(Double.NaN, 5)).isEmpty();
		assertThat(grid.covering(2, Double.POSITIVE_INFINITY)).isEmpty();
	}

	@Test
	void aHoleIsOutsideAndAnIslandInItInside() {
		Polygon ring = GEOMETRIES.createPolygon(box(0, 0, 10, 10).getExteriorRing(),
				new LinearRing[] { box(3, 3, 7, 7).getExteriorRing() });
		var island = box(4, 4, 6, 6);
		var grid = AreaGrid.of(List.of(shape(1, GEOMETRIES.createMultiPolygon(new Polygon[] { ring, island }))));

		assertThat(codes(grid.covering(1, 1))).containsExactly("GM0001");
		assertThat(codes(grid.covering(3.5, 5))).isEmpty();
		assertThat(codes(grid.covering(3, 5))).containsExactly("GM0001");
		assertThat(codes(grid.covering(5, 5))).containsExactly("GM0001");
	}

	@Test
	void agreesWithJtsOnATilingWithFewLargeAreas() {
		assertAgreesWithJts(tiling(new Random(1), 6), new Random(2));
	}

	@Test
	void agreesWithJtsOnATilingWithManySmallAreas() {
		assertAgreesWithJts(tiling(new Random(3), 1_500), new Random(4));
	}

	@Test
	void agreesWithJtsOnLongThinAndDiagonalAreas() {
		List<AreaShape> shapes = new ArrayList<>();
		shapes.add(shape(1, polygon(0, 0, 100, 0.5, 100, 1, 0, 0.25)));
		shapes.add(shape(2, polygon(0, 0, 100, 100, 99.99, 100, 0, 0.01)));
		shapes.add(shape(3, polygon(50, 0, 50.000001, 100, 50, 100)));
		shapes.add(shape(4, box(10, 10, 90, 90)));
		assertAgreesWithJts(shapes, new Random(5));
	}

	private static void assertAgreesWithJts(List<AreaShape> shapes, Random random) {
		var grid = AreaGrid.of(shapes);
		var extent = new Envelope();
		shapes.forEach(shape -> extent.expandToInclude(shape.boundary().getEnvelopeInternal()));
		for (Coordinate point : pointsToTry(shapes, extent, random)) {
			List<String> expected = shapes.stream()
				.filter(shape -> shape.boundary().covers(GEOMETRIES.createPoint(point)))
				.map(shape -> shape.area().code().value())
				.sorted()
				.toList();
			assertThat(codes(grid.covering(point.x, point.y))).as("areas at %s", point).isEqualTo(expected);
		}
	}

	/**
	 * Random points, and the hard ones: vertices, points on and beside edges, points in line with a vertex
	 * (where a ray passes through it), and points on round coordinates, where cell lines tend to fall.
	 */
	private static List<Coordinate> pointsToTry(List<AreaShape> shapes, Envelope extent, Random random) {
		List<Coordinate> points = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			points.add(new Coordinate(extent.getMinX() - 1 + random.nextDouble() * (extent.getWidth() + 2),
					extent.getMinY() - 1 + random.nextDouble() * (extent.getHeight() + 2)));
		}
		for (AreaShape shape : shapes) {
			Coordinate[] vertices = shape.boundary().getCoordinates();
			for (int i = 0; i + 1 < vertices.length; i++) {
				Coordinate at = vertices[i];
				Coordinate next = vertices[i + 1];
				double along = random.nextDouble();
				points.add(at);
				points.add(new Coordinate(at.x + along * (next.x - at.x), at.y + along * (next.y - at.y)));
				points.add(new Coordinate(at.x + (random.nextDouble() - 0.5) * 1e-9,
						at.y + (random.nextDouble() - 0.5) * 1e-9));
				points.add(new Coordinate(extent.getMinX() + random.nextDouble() * extent.getWidth(), at.y));
				points.add(new Coordinate(at.x, extent.getMinY() + random.nextDouble() * extent.getHeight()));
			}
		}
		for (int i = 0; i < 2_000; i++) {
			points.add(new Coordinate(Math.round(extent.getMinX() + random.nextDouble() * extent.getWidth()),
					Math.round((extent.getMinY() + random.nextDouble() * extent.getHeight()) * 8) / 8.0));
		}
		return points;
	}

	/** Areas that share their borders exactly, like gemeenten: the cells of a Voronoi diagram. */
	private static List<AreaShape> tiling(Random random, int areas) {
		List<Coordinate> sites = new ArrayList<>();
		for (int i = 0; i < areas; i++) {
			sites.add(new Coordinate(random.nextDouble() * 100, random.nextDouble() * 60));
		}
		var voronoi = new VoronoiDiagramBuilder();
		voronoi.setSites(sites);
		voronoi.setClipEnvelope(new Envelope(0, 100, 0, 60));
		Geometry cells = voronoi.getDiagram(GEOMETRIES);
		List<AreaShape> shapes = new ArrayList<>();
		for (int i = 0; i < cells.getNumGeometries(); i++) {
			shapes.add(shape(i + 1, cells.getGeometryN(i)));
		}
		return shapes;
	}

	private static AreaShape shape(int number, Geometry boundary) {
		var code = new AreaCode("GM%04d".formatted(number));
		return new AreaShape(new AreaSummary(code, code.value(), AreaLevel.GEMEENTE, 2024, null), boundary);
	}

	private static Polygon box(double minX, double minY, double maxX, double maxY) {
		return polygon(minX, minY, maxX, minY, maxX, maxY, minX, maxY);
	}

	private static Polygon polygon(double... xy) {
		Coordinate[] ring = new Coordinate[xy.length / 2 + 1];
		for (int i = 0; i < xy.length / 2; i++) {
			ring[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
		}
		ring[ring.length - 1] = ring[0];
		return GEOMETRIES.createPolygon(ring);
	}

	private static List<String> codes(List<AreaSummary> areas) {
		return areas.stream().map(area -> area.code().value()).toList();
	}

}
