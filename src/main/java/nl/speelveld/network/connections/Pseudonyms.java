package nl.speelveld.network.connections;

import java.util.regex.Pattern;

import nl.speelveld.accounts.Permissions;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks the pseudonym of a group of residents. A pseudonym names a group by where or what it is
 * (Bewonersgroep Zwaluwstraat), so anything that points at one person is refused: an e-mail address, a phone
 * number, a full postcode (digits with letters: a house or a few), or the shown name of an account.
 */
@Component
public class Pseudonyms {

	static final int SHORTEST = 3;

	static final int LONGEST = 80;

	private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+");

	/** Seven or more digits, possibly split by spaces, dashes, dots or brackets, perhaps after a plus sign. */
	private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:[\\s\\-.()]*\\d){6,}");

	private static final Pattern POSTCODE = Pattern.compile("\\b\\d{4}\\s?[a-zA-Z]{2}\\b");

	private final Permissions permissions;

	Pseudonyms(Permissions permissions) {
		this.permissions = permissions;
	}

	/** The message key of what is wrong with the pseudonym, or null when it may be used. */
	public @Nullable String problem(String pseudonym) {
		String text = pseudonym.strip();
		if (text.isEmpty()) {
			return "network.form.group.missing";
		}
		if (text.length() < SHORTEST || text.length() > LONGEST) {
			return "network.form.group.length";
		}
		if (EMAIL.matcher(text).find()) {
			return "network.form.group.email";
		}
		if (PHONE.matcher(text).find()) {
			return "network.form.group.phone";
		}
		if (POSTCODE.matcher(text).find()) {
			return "network.form.group.postcode";
		}
		if (this.permissions.isSomeonesName(text)) {
			return "network.form.group.name";
		}
		return null;
	}

}
