package nl.speelveld.accounts.users;

import java.util.UUID;

import nl.speelveld.shared.Problem;

public class OrganisationNotFound extends Problem {

	public OrganisationNotFound(UUID id) {
		super(Kind.NOT_FOUND, "problem.organisation.not-found", id.toString());
	}

}
