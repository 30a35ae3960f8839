package nl.speelveld.accounts;

import java.util.Locale;
import java.util.Optional;

/**
 * What someone may do. Everyone who signs in is a resident; the other roles are granted, a professional
 * for an organisation, a coordinator and a moderator for an organisation within an area (a gemeente or
 * wijk), an administrator for the whole deployment.
 */
public enum Role {

	RESIDENT, PROFESSIONAL, COORDINATOR, MODERATOR, ADMINISTRATOR;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The Spring Security authority, {@code ROLE_COORDINATOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether a grant of this role names an area (gemeente or wijk) it holds in. */
	public boolean isScopedToArea() {
		return this == COORDINATOR || this == MODERATOR;
	}

	public static Optional<Role> fromKey(String key) {
		for (Role role : values()) {
			if (role.key().equals(key)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
