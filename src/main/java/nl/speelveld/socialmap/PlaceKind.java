package nl.speelveld.socialmap;

import java.util.List;

/** The kinds of place the social map knows; pages name them in the visitor's language ({@code place.kind.*}). */
public final class PlaceKind {

	public static final List<String> ALL = List.of("buurthuis", "wijkcentrum", "dorpshuis", "bibliotheek", "sporthal",
			"sportveld", "speeltuin", "moestuin", "park", "jongerencentrum", "gezondheidscentrum", "school", "kerk",
			"anders");

	private PlaceKind() {
	}

	public static boolean isKnown(String kind) {
		return ALL.contains(kind);
	}

}
