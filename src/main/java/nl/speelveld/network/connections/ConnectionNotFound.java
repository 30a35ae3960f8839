package nl.speelveld.network.connections;

import nl.speelveld.shared.Problem;

/** Asked for a logged connection that is not there (any more). */
public class ConnectionNotFound extends Problem {

	public ConnectionNotFound(Object id) {
		super(Kind.NOT_FOUND, "problem.network.connection-not-found", String.valueOf(id));
	}

}
