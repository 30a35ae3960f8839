package nl.speelveld.socialmap;

import org.jspecify.annotations.Nullable;

/** A Dutch postal address; parts may be missing for an organisation that works from no fixed place. */
public record Address(@Nullable String street, @Nullable String postcode, @Nullable String city) {

	public boolean isEmpty() {
		return this.street == null && this.postcode == null && this.city == null;
	}

}
