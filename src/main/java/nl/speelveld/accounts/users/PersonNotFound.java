package nl.speelveld.accounts.users;

import nl.speelveld.accounts.UserId;
import nl.speelveld.shared.Problem;

public class PersonNotFound extends Problem {

	public PersonNotFound(UserId id) {
		super(Kind.NOT_FOUND, "problem.person.not-found", id.toString());
	}

}
