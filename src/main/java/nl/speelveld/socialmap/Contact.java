package nl.speelveld.socialmap;

import org.jspecify.annotations.Nullable;

/** How to reach a post, a service or an organisation; any of the channels may be missing. */
public record Contact(@Nullable String email, @Nullable String phone, @Nullable String url) {

	public boolean isEmpty() {
		return this.email == null && this.phone == null && this.url == null;
	}

	/** The web address, only when it is one: a stored {@code javascript:} link must never become clickable. */
	public @Nullable String webLink() {
		return this.url != null && this.url.matches("(?i)https?://[^\\s]+") ? this.url : null;
	}

	/** The phone number as a {@code tel:} link wants it: digits and a leading plus only. */
	public @Nullable String phoneLink() {
		return this.phone == null ? null : "tel:" + this.phone.replaceAll("[^0-9+]", "");
	}

}
