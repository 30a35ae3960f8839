package nl.speelveld.routing.questions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in the link to a question's status page: 256 random bits, of which only a SHA-256 hash is kept.
 * Whoever has the link sees the question, so it goes only to the address the resident gave.
 */
final class QuestionLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private QuestionLinks() {
	}

	static String newToken() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException(missing);
		}
	}

	/** A token as we make them: anything else is not looked up at all. */
	static boolean looksValid(String token) {
		return token.length() == 43 && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

	static String path(String token) {
		return "/wegwijzer/vraag/" + token;
	}

}
