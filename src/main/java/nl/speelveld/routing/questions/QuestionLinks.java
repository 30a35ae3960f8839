package nl.speelveld.routing.questions;

import nl.speelveld.shared.security.SecretTokens;

/**
 * The secret in the link to a question's status page: 256 random bits, of which only a SHA-256 hash is kept.
 * Whoever has the link sees the question, so it goes only to the address the resident gave.
 */
final class QuestionLinks {

	private QuestionLinks() {
	}

	static String newToken() {
		return SecretTokens.newToken();
	}

	static String hash(String token) {
		return SecretTokens.hash(token);
	}

	/** A token as we make them: anything else is not looked up at all. */
	static boolean looksValid(String token) {
		return token.length() == 43 && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

	static String path(String token) {
		return "/wegwijzer/vraag/" + token;
	}

}
