package nl.speelveld.socialmap.editing;

import nl.speelveld.socialmap.Place;

/**
 * The form for a place. Where it lies comes from its position (latitude and longitude) when given, else
 * from the CBS code typed, else from its postcode.
 */
public record PlaceForm(String soort, String naam, String beschrijving, String organisatie, String straat,
		String postcode, String plaats, String breedtegraad, String lengtegraad, String gebied, String openingstijden,
		String toegankelijkheid, String rolstoel) {

	public PlaceForm {
		soort = PostForm.orEmpty(soort);
		naam = PostForm.orEmpty(naam);
		beschrijving = PostForm.orEmpty(beschrijving);
		organisatie = PostForm.orEmpty(organisatie);
		straat = PostForm.orEmpty(straat);
		postcode = PostForm.orEmpty(postcode);
		plaats = PostForm.orEmpty(plaats);
		breedtegraad = PostForm.orEmpty(breedtegraad);
		lengtegraad = PostForm.orEmpty(lengtegraad);
		gebied = PostForm.orEmpty(gebied);
		openingstijden = PostForm.orEmpty(openingstijden);
		toegankelijkheid = PostForm.orEmpty(toegankelijkheid);
		rolstoel = PostForm.orEmpty(rolstoel);
	}

	public static PlaceForm empty() {
		return new PlaceForm("", "", "", "", "", "", "", "", "", "", "", "", "onbekend");
	}

	public static PlaceForm of(Place place) {
		return new PlaceForm(place.kind(), place.name(), place.description(),
				place.organisation() == null ? "" : place.organisation().id().toString(),
				PostForm.orEmpty(place.address().street()), PostForm.orEmpty(place.address().postcode()),
				PostForm.orEmpty(place.address().city()), place.lat() == null ? "" : String.valueOf(place.lat()),
				place.lon() == null ? "" : String.valueOf(place.lon()), place.area() == null ? "" : place.area().value(),
				place.openingHours(), place.accessibility(), wheelchair(place.wheelchairAccessible()));
	}

	private static String wheelchair(@org.jspecify.annotations.Nullable Boolean accessible) {
		if (accessible == null) {
			return "onbekend";
		}
		return accessible ? "ja" : "nee";
	}

}
