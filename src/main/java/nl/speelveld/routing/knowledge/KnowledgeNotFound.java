package nl.speelveld.routing.knowledge;

import nl.speelveld.shared.Problem;

/** A topic, term or example question that does not exist (any more). */
public class KnowledgeNotFound extends Problem {

	public KnowledgeNotFound(String what) {
		super(Kind.NOT_FOUND, "problem.routing.knowledge-not-found", what);
	}

}
