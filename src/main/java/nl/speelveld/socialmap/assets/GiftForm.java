package nl.speelveld.socialmap.assets;

/**
 * The form for a new gift. {@code toestemming} is the consent box and must be ticked; {@code openbaar}
 * makes the gift visible to everyone instead of to professionals only. The postcode finds the area and is
 * not kept.
 */
public record GiftForm(String tekst, String soort, String postcode, String openbaar, String toestemming) {

	public GiftForm {
		tekst = ActivityForm.orEmpty(tekst);
		soort = ActivityForm.orEmpty(soort);
		postcode = ActivityForm.orEmpty(postcode);
		openbaar = ActivityForm.orEmpty(openbaar);
		toestemming = ActivityForm.orEmpty(toestemming);
	}

	public static GiftForm empty() {
		return new GiftForm("", "gave", "", "", "");
	}

	public boolean wantsPublic() {
		return "ja".equals(this.openbaar);
	}

	public boolean consents() {
		return "ja".equals(this.toestemming);
	}

}
