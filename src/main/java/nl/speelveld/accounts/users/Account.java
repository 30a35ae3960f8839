package nl.speelveld.accounts.users;

import java.time.Instant;

import nl.speelveld.accounts.UserId;
import org.jspecify.annotations.Nullable;

/** A person's account as stored; erased accounts are never returned as one. */
public record Account(UserId id, String email, @Nullable String displayName, @Nullable String passwordHash,
		String language, Instant createdAt, @Nullable Instant emailVerifiedAt, @Nullable Instant lastSignInAt) {

	/** What to call the person: their name, or the part of their address before the @. */
	public String shownName() {
		return this.displayName != null ? this.displayName : this.email.substring(0, this.email.indexOf('@'));
	}

	public boolean hasPassword() {
		return this.passwordHash != null;
	}

}
