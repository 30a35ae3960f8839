package nl.speelveld.participation.web;

import java.util.List;
import java.util.Map;

import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.surveys.Question;
import nl.speelveld.participation.surveys.Survey;
import nl.speelveld.shared.Complaints;

/**
 * What the page of a survey shows: the questions, and the form when the visitor may fill it in now; else
 * why not ({@code blocked}, a message key) or the thanks of someone who already did.
 *
 * @param blocked the reason the form is not there, or empty
 * @param typed what was sent, per field, to show again next to the complaints
 */
public record SurveyView(Process process, String areaName, Survey survey, boolean signedIn, boolean responded,
		boolean owner, String blocked, int responses, Complaints complaints, Map<String, List<String>> typed) {

	public boolean open() {
		return this.blocked.isEmpty() && !this.responded && this.signedIn && !this.survey.questions().isEmpty();
	}

	public boolean chosen(Question question, String value) {
		return this.typed.getOrDefault(question.field(), List.of()).contains(value);
	}

	public String text(Question question) {
		List<String> values = this.typed.getOrDefault(question.field(), List.of());
		return values.isEmpty() ? "" : values.get(0);
	}

	public String base() {
		return "/participatie/" + this.process.id() + "/vragenlijsten/" + this.survey.id();
	}

}
