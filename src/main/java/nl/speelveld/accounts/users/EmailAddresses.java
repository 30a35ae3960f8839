package nl.speelveld.accounts.users;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** What passes for an e-mail address: a name, an @ and a domain with a dot, at most 254 characters. */
public final class EmailAddresses {

	private static final Pattern FORMAT = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private EmailAddresses() {
	}

	public static boolean isValid(@Nullable String text) {
		return text != null && text.strip().length() <= 254 && FORMAT.matcher(text.strip()).matches();
	}

}
