package nl.speelveld.roles;

import nl.speelveld.shared.Problem;

/** A new role type or alias that cannot be added as given; the message key says why. */
public class RoleTypeRefused extends Problem {

	public RoleTypeRefused(String messageKey, Object... arguments) {
		super(Kind.BAD_INPUT, messageKey, arguments);
	}

}
