package nl.speelveld.accounts.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.nulabinc.zxcvbn.Zxcvbn;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B (revision 4) for passwords that are the only factor: at least 15 characters, any
 * characters (spaces and accents too), no composition rules, and not a password that is common, has
 * leaked, contains the person's own address or name, or is a predictable pattern. The list of common
 * and leaked passwords is the 30,000 most frequent ones from public breach corpora, as zxcvbn ships it.
 */
@Component
public class PasswordPolicy {

	public static final int MINIMUM_LENGTH = 15;

	public static final int MAXIMUM_LENGTH = 128;

	private static final String BLOCKLIST = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

	private final Set<String> common = load();

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/** The message key of the first rule the password breaks, or empty when it is acceptable. */
	public Optional<String> check(String password, @Nullable String email, @Nullable String name) {
		int length = password.codePointCount(0, password.length());
		if (length < MINIMUM_LENGTH) {
			return Optional.of("password.too-short");
		}
		if (length > MAXIMUM_LENGTH) {
			return Optional.of("password.too-long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower) || this.common.contains(lower.replaceAll("[\\s\\d!?.]+$", ""))) {
			return Optional.of("password.common");
		}
		List<String> personal = personalWords(email, name);
		if (personal.stream().anyMatch(lower::contains)) {
			return Optional.of("password.personal");
		}
		if (this.zxcvbn.measure(password, personal).getScore() < 3) {
			return Optional.of("password.predictable");
		}
		return Optional.empty();
	}

	private static List<String> personalWords(@Nullable String email, @Nullable String name) {
		List<String> words = new ArrayList<>(List.of("speelveld"));
		if (email != null && email.contains("@")) {
			words.add(email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT));
		}
		if (name != null) {
			for (String part : name.toLowerCase(Locale.ROOT).split("[\\s.-]+")) {
				words.add(part);
			}
		}
		return words.stream().filter(word -> word.length() >= 4).toList();
	}

	private static Set<String> load() {
		var words = new HashSet<String>(40_000);
		try (var reader = new BufferedReader(new InputStreamReader(
				PasswordPolicy.class.getClassLoader().getResourceAsStream(BLOCKLIST), StandardCharsets.UTF_8))) {
			reader.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(words::add);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		return words;
	}

}
