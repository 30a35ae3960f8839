package nl.speelveld.roles;

import nl.speelveld.shared.Problem;

/** Asked for a role type code that the typology does not hold. */
public class RoleTypeNotFound extends Problem {

	public RoleTypeNotFound(String code) {
		super(Kind.NOT_FOUND, "problem.role-type-not-found", code);
	}

}
