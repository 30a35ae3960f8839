package nl.speelveld.areas.imports;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Makes sure every stored boundary is a valid surface, because point lookups on invalid polygons give
 * wrong answers. Simplified CBS boundaries sometimes touch or cross themselves; those are repaired (keeping
 * only the surface parts) with a note, and rejected only when nothing of the surface remains.
 */
final class Shapes {

	/** The outcome for one geometry: the shape to store (null when rejected) and what was wrong. */
	record Checked(@Nullable Geometry shape, @Nullable String flaw) {

		boolean repaired() {
			return this.shape != null && this.flaw != null;
		}

	}

	private Shapes() {
	}

	static Checked check(Geometry geometry) {
		var validity = new IsValidOp(geometry);
		if (validity.isValid()) {
			return new Checked(geometry, null);
		}
		TopologyValidationError error = validity.getValidationError();
		String flaw = error.getMessage() + " (" + error.getCoordinate().x + " " + error.getCoordinate().y + ")";
		Geometry fixed = surfaceOnly(GeometryFixer.fix(geometry));
		if (fixed == null || fixed.isEmpty() || fixed.getArea() == 0) {
			return new Checked(null, flaw);
		}
		return new Checked(fixed, flaw);
	}

	private static @Nullable Geometry surfaceOnly(Geometry geometry) {
		if (geometry instanceof Polygon || geometry instanceof MultiPolygon) {
			return geometry;
		}
		var polygons = new java.util.ArrayList<Polygon>();
		for (int i = 0; i < geometry.getNumGeometries(); i++) {
			Geometry part = geometry.getGeometryN(i);
			if (part instanceof Polygon polygon) {
				polygons.add(polygon);
			}
			else if (part instanceof MultiPolygon multi) {
				for (int j = 0; j < multi.getNumGeometries(); j++) {
					polygons.add((Polygon) multi.getGeometryN(j));
				}
			}
		}
		if (polygons.isEmpty()) {
			return null;
		}
		return polygons.size() == 1 ? polygons.get(0)
				: geometry.getFactory().createMultiPolygon(polygons.toArray(Polygon[]::new));
	}

}
