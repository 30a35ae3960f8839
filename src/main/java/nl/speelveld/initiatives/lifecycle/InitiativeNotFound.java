package nl.speelveld.initiatives.lifecycle;

import nl.speelveld.shared.Problem;

/** No initiative with this id. */
public class InitiativeNotFound extends Problem {

	public InitiativeNotFound(String id) {
		super(Kind.NOT_FOUND, "initiative.error.not-found", id);
	}

}
