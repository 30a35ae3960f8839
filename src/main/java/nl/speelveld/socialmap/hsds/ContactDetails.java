package nl.speelveld.socialmap.hsds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Contact details as HSDS wants them: a web address must be an absolute URI and an e-mail address must look
 * like one. What people typed (www.example.nl) is completed where that is safe and left out where it is not.
 */
final class ContactDetails {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private ContactDetails() {
	}

	static void website(ObjectNode node, String field, @Nullable String address) {
		String uri = uri(address);
		if (uri != null) {
			node.put(field, uri);
		}
	}

	static void email(ObjectNode node, String field, @Nullable String address) {
		if (address != null && EMAIL.matcher(address.strip()).matches()) {
			node.put(field, address.strip());
		}
	}

	static @Nullable String uri(@Nullable String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		String text = address.strip();
		if (!text.toLowerCase(Locale.ROOT).matches("[a-z][a-z0-9+.-]*:.*")) {
			text = "https://" + text;
		}
		try {
			URI uri = new URI(text);
			return uri.isAbsolute() ? text : null;
		}
		catch (URISyntaxException malformed) {
			return null;
		}
	}

}
