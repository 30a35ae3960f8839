package nl.speelveld.participation.rounds;

import org.jspecify.annotations.Nullable;

/** A project as the owner's form sends it; {@code proposal} is the id of the proposal it comes from, if any. */
public record ProjectForm(@Nullable String title, @Nullable String description, @Nullable String cost,
		@Nullable String category, @Nullable String proposal) {

	public static ProjectForm empty() {
		return new ProjectForm("", "", "", "", "");
	}

	public String value(@Nullable String field) {
		return field == null ? "" : field;
	}

}
