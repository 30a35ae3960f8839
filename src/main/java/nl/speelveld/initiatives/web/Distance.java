package nl.speelveld.initiatives.web;

/** Distances within a gemeente: flat-earth over a few kilometres is within metres of the truth. */
final class Distance {

	private static final double METRES_PER_DEGREE_LATITUDE = 110_570;

	private static final double METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR = 111_320;

	private Distance() {
	}

	static double metres(double lat1, double lon1, double lat2, double lon2) {
		double dx = (lon2 - lon1) * METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR * Math.cos(Math.toRadians((lat1 + lat2) / 2));
		double dy = (lat2 - lat1) * METRES_PER_DEGREE_LATITUDE;
		return Math.sqrt(dx * dx + dy * dy);
	}

}
