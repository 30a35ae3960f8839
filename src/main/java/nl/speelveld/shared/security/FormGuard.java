package nl.speelveld.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps robots out of public write forms without a captcha, which shuts out people who cannot see or solve
 * one. A form carries two extra fields: a honeypot that people leave empty because it is hidden from them
 * and labelled to stay empty, and a stamp of the moment the form was shown, signed with a secret of this
 * installation. A submission is refused when the honeypot holds anything, when it comes sooner than
 * {@link #FASTEST} after the form was shown (people read and type; scripts post at once), or when its
 * stamp is missing, forged or older than {@link #LONGEST}. A person who was refused just sends again.
 * The secret is {@code speelveld.form-guard.secret} when set, otherwise one made once and kept in the
 * database, so that every app node checks the stamps of the others.
 */
@Component
public class FormGuard {

	/** The name of the honeypot field: a word that form-filling robots like to fill in. */
	public static final String HONEYPOT = "website";

	/** The name of the field with the signed moment the form was shown. */
	public static final String STAMP = "formulier-stempel";

	public static final Duration FASTEST = Duration.ofSeconds(3);

	/** Long enough to write with care, or to come back from a break; a session lasts eight hours. */
	public static final Duration LONGEST = Duration.ofHours(12);

	private static final String SECRET_NAME = "form-guard";

	private final Supplier<byte[]> source;

	private final Clock clock;

	private volatile byte @Nullable [] secret;

	@Autowired
	FormGuard(InstallationSecrets secrets, @Value("${speelveld.form-guard.secret:}") String configured) {
		this(configured.isBlank() ? () -> secrets.get(SECRET_NAME) : () -> configured.getBytes(StandardCharsets.UTF_8),
				Clock.systemUTC());
	}

	/** The secret is read on first use, when the database has its tables. */
	FormGuard(Supplier<byte[]> secret, Clock clock) {
		this.source = secret;
		this.clock = clock;
	}

	/** A stamp of now, for a form about to be shown. */
	public String stamp() {
		return stampOf(this.clock.instant());
	}

	/** A stamp of {@code moment}; tests use it to make a form that was shown a while ago. */
	String stampOf(Instant moment) {
		String millis = Long.toString(moment.toEpochMilli());
		return millis + "." + sign(millis);
	}

	/** What the guard thinks of a submission with these two fields. */
	public Verdict check(@Nullable String honeypot, @Nullable String stamp) {
		if (honeypot != null && !honeypot.isEmpty()) {
			return Verdict.refused("form-guard.refused.honeypot");
		}
		Instant shown = shownAt(stamp);
		if (shown == null) {
			return Verdict.refused("form-guard.refused.stamp");
		}
		Duration since = Duration.between(shown, this.clock.instant());
		if (since.isNegative() || since.compareTo(LONGEST) > 0) {
			return Verdict.refused("form-guard.refused.stamp");
		}
		if (since.compareTo(FASTEST) < 0) {
			return Verdict.refused("form-guard.refused.too-fast");
		}
		return Verdict.PASSED;
	}

	private @Nullable Instant shownAt(@Nullable String stamp) {
		if (stamp == null) {
			return null;
		}
		int dot = stamp.indexOf('.');
		if (dot < 1 || dot > 19) {
			return null;
		}
		String millis = stamp.substring(0, dot);
		byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(given, sign(millis).getBytes(StandardCharsets.US_ASCII))) {
			return null;
		}
		try {
			return Instant.ofEpochMilli(Long.parseLong(millis));
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private String sign(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException missing) {
			throw new IllegalStateException(missing);
		}
	}

	private byte[] secret() {
		byte[] known = this.secret;
		if (known == null) {
			known = this.source.get();
			this.secret = known;
		}
		return known;
	}

	/** Passed, or refused with the message key that tells the person to send again. */
	public record Verdict(@Nullable String refusal) {

		public static final Verdict PASSED = new Verdict(null);

		public static Verdict refused(String key) {
			return new Verdict(key);
		}

		public boolean passed() {
			return this.refusal == null;
		}

	}

}
