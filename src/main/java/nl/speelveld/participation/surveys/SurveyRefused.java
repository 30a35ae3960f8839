package nl.speelveld.participation.surveys;

import nl.speelveld.shared.Problem;

/**
 * A survey step that does not fit now: a second response by the same person, or a change to a survey that
 * people have already filled in. Nothing was written.
 */
public class SurveyRefused extends Problem {

	public static final String ALREADY_RESPONDED = "survey.refused.already-responded";

	public static final String LOCKED = "survey.refused.locked";

	public static final String NO_QUESTIONS = "survey.refused.no-questions";

	public static final String CLOSED = "survey.refused.closed";

	public SurveyRefused(String key) {
		super(Kind.CONFLICT, key);
	}

}
