package nl.speelveld.accounts.users;

import java.util.UUID;

import nl.speelveld.shared.Problem;

/** No such role grant for this person: revoked already, or never theirs. */
public class GrantNotFound extends Problem {

	public GrantNotFound(UUID grant) {
		super(Kind.NOT_FOUND, "problem.grant.not-found", grant.toString());
	}

}
