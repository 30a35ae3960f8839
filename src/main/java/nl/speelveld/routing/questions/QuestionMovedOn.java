package nl.speelveld.routing.questions;

import nl.speelveld.shared.Problem;

/**
 * The question is no longer where this step can be taken: accepted already, closed, or handed on
 * (perhaps by a colleague a moment ago).
 */
public class QuestionMovedOn extends Problem {

	public QuestionMovedOn() {
		super(Kind.CONFLICT, "inbox.error.moved-on");
	}

}
