package nl.speelveld.areas;

import nl.speelveld.shared.Problem;

/** The point lies in no area we know for that year: at sea, abroad, or in a year without boundaries. */
public class PointOutsideAreas extends Problem {

	public PointOutsideAreas(double lat, double lon, int year) {
		super(Kind.NOT_FOUND, "problem.area.point-outside", String.valueOf(lat), String.valueOf(lon),
				String.valueOf(year));
	}

}
