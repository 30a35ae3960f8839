package nl.speelveld.accounts;

import java.util.Locale;

/** Where and how to write to a person: what to call them, their address and the language they chose. */
public record Addressee(UserId id, String name, String email, Locale locale) {
}
