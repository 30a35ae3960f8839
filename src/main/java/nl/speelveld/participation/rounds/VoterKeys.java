package nl.speelveld.participation.rounds;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.speelveld.accounts.UserId;
import nl.speelveld.shared.security.InstallationSecrets;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The keys under which letter codes and ballots are stored, made with a secret of the installation: a
 * copy of the database holds neither a usable code nor a way to tell whose ballot a row is, and a
 * letter code cannot be found by trying every code against the stored hashes without that secret.
 */
@Component
class VoterKeys {

	private static final String SECRET_NAME = "ballot-keys";

	private final InstallationSecrets secrets;

	private volatile byte @Nullable [] secret;

	VoterKeys(InstallationSecrets secrets) {
		this.secrets = secrets;
	}

	/** What is stored of a letter code: its keyed hash, bound to the round. */
	byte[] codeHash(UUID process, String code) {
		return mac(process + ":" + normalised(code));
	}

	/** The ballot key of the household holding this code. */
	byte[] ofCode(UUID process, byte[] codeHash) {
		return mac("code:" + process + ":" + HexFormat.of().formatHex(codeHash));
	}

	/** The ballot key of a signed-in resident. */
	byte[] ofAccount(UUID process, UserId user) {
		return mac("account:" + process + ":" + user.value());
	}

	/** A code as people type it: any case, with or without the dashes and spaces of the letter. */
	static String normalised(String code) {
		return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	private byte[] mac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException missing) {
			throw new IllegalStateException(missing);
		}
	}

	private byte[] secret() {
		byte[] known = this.secret;
		if (known == null) {
			known = this.secrets.get(SECRET_NAME);
			this.secret = known;
		}
		return known;
	}

}
