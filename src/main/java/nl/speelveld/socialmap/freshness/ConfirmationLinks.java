package nl.speelveld.socialmap.freshness;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** The secret in a confirmation link: 256 random bits, of which only a SHA-256 hash is kept. */
final class ConfirmationLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private ConfirmationLinks() {
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

	static String path(String token) {
		return "/sociale-kaart/bevestigen/" + token;
	}

}
