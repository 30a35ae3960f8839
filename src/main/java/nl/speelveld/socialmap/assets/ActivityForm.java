package nl.speelveld.socialmap.assets;

import org.jspecify.annotations.Nullable;

/**
 * The form for an activity. Where it happens comes from its place when one is chosen, else from its
 * position, else from the CBS code typed, else from its postcode.
 */
public record ActivityForm(String naam, String beschrijving, String wanneer, String plek, String organisatie,
		String postcode, String breedtegraad, String lengtegraad, String gebied) {

	public ActivityForm {
		naam = orEmpty(naam);
		beschrijving = orEmpty(beschrijving);
		wanneer = orEmpty(wanneer);
		plek = orEmpty(plek);
		organisatie = orEmpty(organisatie);
		postcode = orEmpty(postcode);
		breedtegraad = orEmpty(breedtegraad);
		lengtegraad = orEmpty(lengtegraad);
		gebied = orEmpty(gebied);
	}

	public static ActivityForm empty() {
		return new ActivityForm("", "", "", "", "", "", "", "", "");
	}

	/** A new activity at a place, as the place's page offers it. */
	public static ActivityForm at(String place, String area) {
		return new ActivityForm("", "", "", place, "", "", "", "", area);
	}

	public static ActivityForm of(Activity activity) {
		boolean own = activity.place() == null;
		return new ActivityForm(activity.name(), activity.description(), activity.schedule(),
				own ? "" : activity.place().id().toString(),
				activity.organisation() == null ? "" : activity.organisation().id().toString(), orEmpty(activity.postcode()),
				own && activity.lat() != null ? String.valueOf(activity.lat()) : "",
				own && activity.lon() != null ? String.valueOf(activity.lon()) : "", activity.area().value());
	}

	static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

}
