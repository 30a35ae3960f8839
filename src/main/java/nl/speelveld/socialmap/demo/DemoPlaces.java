package nl.speelveld.socialmap.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.accounts.OrganisationType;
import org.jspecify.annotations.Nullable;

/**
 * The places of one gemeente's demo playing field: buurthuizen, speeltuinen, libraries and the like in every
 * inhabited wijk, dorpshuizen in villages, each at a checked point inside its wijk.
 */
final class DemoPlaces {

	private final GemeenteContext gemeente;

	private final PointsInWijk points;

	private final Set<String> names = new HashSet<>();

	private int serial;

	private DemoPlaces(GemeenteContext gemeente, PointsInWijk points) {
		this.gemeente = gemeente;
		this.points = points;
	}

	static void add(GemeenteContext gemeente, PointsInWijk points) {
		var places = new DemoPlaces(gemeente, points);
		for (WijkFacts wijk : gemeente.inhabited()) {
			if (wijk.inhabitants() >= 100) {
				for (String kind : places.kindsFor(wijk)) {
					places.add(wijk, Vocabulary.PLACE_KINDS.get(kind));
				}
			}
		}
	}

	private List<String> kindsFor(WijkFacts wijk) {
		var draw = this.gemeente.draw;
		int people = wijk.inhabitants();
		List<String> kinds = new ArrayList<>();
		boolean rural = this.gemeente.plan.rural();
		if (rural) {
			kinds.add("dorpshuis");
		}
		repeat(kinds, "buurthuis", rural ? (people >= 7_000 ? 1 : 0) : 1 + people / 20_000);
		repeat(kinds, "speeltuin", 1 + people / (rural ? 4_000 : 15_000));
		repeat(kinds, "bibliotheek", people >= (rural ? 5_000 : 15_000) || (!rural && draw.chance(0.2)) ? 1 : 0);
		repeat(kinds, "sporthal", people >= (rural ? 2_500 : 10_000) || draw.chance(0.25) ? 1 : 0);
		repeat(kinds, "moestuin", draw.chance(rural ? 0.4 : 0.5) ? 1 : 0);
		repeat(kinds, "jongerencentrum", people >= (rural ? 7_000 : 20_000) || (!rural && draw.chance(0.2)) ? 1 : 0);
		repeat(kinds, "gezondheidscentrum", people >= 5_000 && draw.chance(rural ? 0.8 : 0.35) ? 1 : 0);
		return kinds;
	}

	private static void repeat(List<String> kinds, String kind, int times) {
		for (int i = 0; i < times; i++) {
			kinds.add(kind);
		}
	}

	private void add(WijkFacts wijk, Vocabulary.PlaceKind kind) {
		var draw = this.gemeente.draw;
		var point = this.points.near(wijk, draw);
		if (point.isEmpty()) {
			return;
		}
		var address = this.gemeente.address(wijk);
		var access = Vocabulary.OUTDOOR_ACCESS.getOrDefault(kind.code(), draw.pick(Vocabulary.ACCESS));
		var owner = owner(kind.owner(), wijk.suffix());
		this.gemeente.rows.places.add(new SocialMapData.Place(draw.id("place", kind.code() + "/" + (++this.serial)),
				kind.code(), name(kind, wijk), kind.description(), owner, address.street(),
				address.postcode().isEmpty() ? null : address.postcode(), address.city(), point.get().lat(),
				point.get().lon(), point.get().area(), draw.pick(kind.openingHours()), access.text(), access.wheelchair(),
				draw.lastConfirmed()));
	}

	/** Clubs and residents' groups run only the places in their own wijk; larger organisations those in their area. */
	private @Nullable UUID owner(@Nullable OrganisationType type, String suffix) {
		if (type == null) {
			return null;
		}
		var employer = type == OrganisationType.VERENIGING || type == OrganisationType.BEWONERSORGANISATIE
				? this.gemeente.localEmployer(type, suffix) : this.gemeente.anyEmployer(type, suffix);
		return employer.map(found -> found.row().id()).orElse(null);
	}

	private String name(Vocabulary.PlaceKind kind, WijkFacts wijk) {
		for (int attempt = 0; attempt < 4; attempt++) {
			String name = kind.label() + " " + this.gemeente.draw.pick(kind.names()) + " (demo)";
			if (this.names.add(name)) {
				return name;
			}
		}
		String name = kind.label() + " " + wijk.shortName() + " " + this.serial + " (demo)";
		this.names.add(name);
		return name;
	}

}
