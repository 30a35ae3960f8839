package nl.speelveld.routing.questions;

import java.util.UUID;

import nl.speelveld.shared.Problem;

/** No question with this id has reached an inbox. */
public class QuestionNotFound extends Problem {

	public QuestionNotFound(UUID id) {
		super(Kind.NOT_FOUND, "inbox.error.not-found", id.toString());
	}

}
