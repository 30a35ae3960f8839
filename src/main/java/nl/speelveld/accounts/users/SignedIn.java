package nl.speelveld.accounts.users;

import java.util.Optional;

import nl.speelveld.accounts.UserId;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person signed in for the current request; every way of signing in names them by their user id. */
public final class SignedIn {

	/** Session attribute holding when the person signed in, for changes that need a recent sign-in. */
	public static final String SIGNED_IN_AT = "speelveld.signedInAt";

	private SignedIn() {
	}

	public static Optional<UserId> user() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		try {
			return Optional.of(UserId.parse(authentication.getName()));
		}
		catch (IllegalArgumentException notOurs) {
			return Optional.empty();
		}
	}

}
