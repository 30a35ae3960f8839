package nl.speelveld.areas;

import org.locationtech.jts.geom.Geometry;

/** An area with its boundary (WGS84), for maps and GeoJSON. */
public record AreaShape(AreaSummary area, Geometry boundary) {
}
