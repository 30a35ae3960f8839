package nl.speelveld.socialmap.freshness;

import nl.speelveld.shared.security.SecretTokens;

/** The secret in a confirmation link: 256 random bits, of which only a SHA-256 hash is kept. */
final class ConfirmationLinks {

	private ConfirmationLinks() {
	}

	static String newToken() {
		return SecretTokens.newToken();
	}

	static String hash(String token) {
		return SecretTokens.hash(token);
	}

	static String path(String token) {
		return "/sociale-kaart/bevestigen/" + token;
	}

}
