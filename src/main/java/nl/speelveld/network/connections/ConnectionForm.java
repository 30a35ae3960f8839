package nl.speelveld.network.connections;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The fields of the form as sent; every one may be missing. For each end the kind ({@code organisatie},
 * {@code post} or {@code groep}) says which of its three fields counts.
 */
public record ConnectionForm(@Nullable String gebied, @Nullable String datum, @Nullable String doel,
		@Nullable String vanSoort, @Nullable String vanOrganisatie, @Nullable String vanPost, @Nullable String vanGroep,
		@Nullable String naarSoort, @Nullable String naarOrganisatie, @Nullable String naarPost,
		@Nullable String naarGroep) {

	/** A new form: today, from the professional's own post when they have one, to a group. */
	public static ConnectionForm start(String area, @Nullable String ownPost) {
		return new ConnectionForm(area, LocalDate.now().toString(), "", ownPost == null ? "organisatie" : "post", "",
				ownPost == null ? "" : ownPost, "", "groep", "", "", "");
	}

	public static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

}
