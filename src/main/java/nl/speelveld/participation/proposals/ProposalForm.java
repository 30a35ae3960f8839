package nl.speelveld.participation.proposals;

import org.jspecify.annotations.Nullable;

/**
 * A new proposal as typed on the page, unchecked: the place comes as a postcode, or as a point that the map
 * filled in ({@code lat}, {@code lon}); the photos come alongside as uploads.
 */
public record ProposalForm(@Nullable String title, @Nullable String body, @Nullable String authorName,
		@Nullable String postcode, @Nullable String lat, @Nullable String lon) {

	public static ProposalForm startingWith(String authorName) {
		return new ProposalForm("", "", authorName, "", "", "");
	}

	public String value(@Nullable String typed) {
		return typed == null ? "" : typed;
	}

	/** The same form without the point, for a page that says the point was wrong. */
	public ProposalForm withoutPoint() {
		return new ProposalForm(this.title, this.body, this.authorName, this.postcode, "", "");
	}

	/** Text as kept: control characters (other than line breaks and tabs) removed, spaces around trimmed. */
	static String clean(@Nullable String value) {
		return value == null ? "" : value.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
	}

}
