package nl.speelveld.routing;

import nl.speelveld.shared.Problem;

/**
 * A question the wegwijzer cannot take: empty or too long. It never carries the question itself, as problems
 * end up in logs and question texts must not.
 */
public class QuestionNotValid extends Problem {

	public QuestionNotValid(String messageKey, Object... arguments) {
		super(Kind.BAD_INPUT, messageKey, arguments);
	}

}
