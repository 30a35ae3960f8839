package nl.speelveld.participation.surveys;

import java.util.UUID;

import nl.speelveld.shared.Problem;

/** No survey with this id in this process, or a process without surveys. */
public class SurveyNotFound extends Problem {

	public SurveyNotFound(UUID id) {
		super(Kind.NOT_FOUND, "survey.problem.not-found", id.toString());
	}

}
