package nl.speelveld.routing.web;

import org.jspecify.annotations.Nullable;

/**
 * What the resident typed, kept to show again, and the problems with it in their language (empty when none).
 * {@code area} is set when the resident came from an area's page and gave no postcode.
 */
public record WegwijzerForm(String question, String postcode, String area, String questionProblem,
		String placeProblem) {

	static WegwijzerForm of(@Nullable String question, @Nullable String postcode, @Nullable String area) {
		return new WegwijzerForm(question == null ? "" : question, postcode == null ? "" : postcode.trim(),
				area == null ? "" : area.trim(), "", "");
	}

	WegwijzerForm withQuestionProblem(String problem) {
		return new WegwijzerForm(this.question, this.postcode, this.area, problem, this.placeProblem);
	}

	WegwijzerForm withPlaceProblem(String problem) {
		return new WegwijzerForm(this.question, this.postcode, this.area, this.questionProblem, problem);
	}

	public boolean valid() {
		return this.questionProblem.isEmpty() && this.placeProblem.isEmpty();
	}

}
