package nl.speelveld.socialmap.demo;

import java.util.List;
import java.util.Map;

import nl.speelveld.shared.Apportion;

/**
 * Places of the national data set, in proportion to the inhabitants of each wijk, near the wijk's label
 * point. Unlike the demo places, their points are not checked against the boundaries: a command-line run has
 * no lookup index, and for a benchmark the wijk they are recorded in is what counts.
 */
final class SyntheticPlaces {

	private static final double METRES_PER_DEGREE = 111_320;

	private static final List<String> KINDS = List.of("buurthuis", "speeltuin", "sporthal", "bibliotheek", "moestuin",
			"jongerencentrum", "gezondheidscentrum", "dorpshuis");

	private static final Map<String, Double> URBAN = Map.of("buurthuis", 20.0, "speeltuin", 30.0, "sporthal", 10.0,
			"bibliotheek", 5.0, "moestuin", 10.0, "jongerencentrum", 5.0, "gezondheidscentrum", 8.0);

	private static final Map<String, Double> RURAL = Map.of("buurthuis", 5.0, "speeltuin", 30.0, "sporthal", 10.0,
			"bibliotheek", 3.0, "moestuin", 10.0, "jongerencentrum", 2.0, "gezondheidscentrum", 6.0, "dorpshuis", 15.0);

	private final SyntheticSocialMap.Country country;

	SyntheticPlaces(SyntheticSocialMap.Country country) {
		this.country = country;
	}

	void add(int count) {
		long[] weights = this.country.inhabitants();
		for (int w = 0; w < weights.length; w++) {
			if (this.country.wijken.get(w).label() == null) {
				weights[w] = 0;
			}
		}
		int[] perWijk = Apportion.byLargestRemainder(count, weights);
		Weighted<String> urban = Weighted.of(URBAN, KINDS);
		Weighted<String> rural = Weighted.of(RURAL, KINDS);
		int serial = 0;
		for (int w = 0; w < perWijk.length; w++) {
			boolean isRural = this.country.gemeenten.get(this.country.gemeenteOf[w]).rural();
			for (int i = 0; i < perWijk[w]; i++) {
				add(w, Vocabulary.PLACE_KINDS.get((isRural ? rural : urban).pick(this.country.draw)), serial++);
			}
		}
	}

	private void add(int w, Vocabulary.PlaceKind kind, int serial) {
		var draw = this.country.draw;
		var wijk = this.country.wijken.get(w);
		var label = wijk.label();
		double radius = Math.max(50, Math.min(400, 0.2 * Math.sqrt(wijk.landHectares() * 10_000)));
		double distance = radius * Math.sqrt(draw.uniform());
		double angle = 2 * Math.PI * draw.uniform();
		double lat = label.lat() + distance * Math.cos(angle) / METRES_PER_DEGREE;
		double lon = label.lon() + distance * Math.sin(angle) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(label.lat())));
		Integer owner = null;
		if (kind.owner() != null && draw.chance(0.8)) {
			int found = this.country.employer(w, List.of(kind.owner()));
			owner = found < 0 ? null : found;
		}
		var access = Vocabulary.OUTDOOR_ACCESS.getOrDefault(kind.code(), draw.pick(Vocabulary.ACCESS));
		String name = kind.label() + " " + draw.pick(kind.names()) + " " + this.country.placeName(w)
				+ SocialMapWriter.SYNTHETIC_MARK;
		this.country.rows.places.add(new SocialMapData.Place(draw.id("place", String.valueOf(serial)), kind.code(), name,
				kind.description(), owner == null ? null : this.country.rows.organisations.get(owner).id(),
				draw.pick(Vocabulary.STREETS) + " " + draw.between(1, 180), null,
				this.country.gemeenten.get(this.country.gemeenteOf[w]).name(), Math.round(lat * 1e6) / 1e6,
				Math.round(lon * 1e6) / 1e6, wijk.code().value(), draw.pick(kind.openingHours()), access.text(),
				access.wheelchair(), draw.lastConfirmed()));
	}

}
