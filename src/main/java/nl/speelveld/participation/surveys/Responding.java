package nl.speelveld.participation.surveys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.SurveyAnswered;
import nl.speelveld.participation.processes.Contribution;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.TakingPart;
import nl.speelveld.participation.surveys.SurveyStore.Answer;
import nl.speelveld.shared.Complaints;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident fills in a survey: once, in the survey phase of an open process, with every required question
 * answered. All answers are checked at once, so that the form comes back with a message at each question
 * that needs one; a second response, even one sent at the same moment as the first, changes nothing.
 */
@Service
public class Responding {

	static final int MAX_OPEN = 1000;

	private final TakingPart takingPart;

	private final SurveyStore store;

	private final ApplicationEventPublisher events;

	Responding(TakingPart takingPart, SurveyStore store, ApplicationEventPublisher events) {
		this.takingPart = takingPart;
		this.store = store;
		this.events = events;
	}

	/** Stores the response; complaints per question (by its field name) when answers are missing or wrong. */
	@Transactional
	public Complaints respond(Process process, UUID surveyId, Map<String, List<String>> form) {
		UserId user = this.takingPart.check(process, Contribution.RESPOND);
		// read the questions under the lock that keeps the owner from changing them meanwhile
		this.store.lock(surveyId, false);
		Survey survey = this.store.get(process.id(), surveyId);
		if (survey.questions().isEmpty()) {
			throw new SurveyRefused(SurveyRefused.NO_QUESTIONS);
		}
		if (this.store.hasResponded(surveyId, user.value())) {
			throw new SurveyRefused(SurveyRefused.ALREADY_RESPONDED);
		}
		Complaints complaints = new Complaints();
		Map<Integer, Answer> answers = answers(survey, form, complaints);
		if (!complaints.isEmpty()) {
			return complaints;
		}
		if (!this.store.respond(surveyId, user.value(), answers)) {
			throw new SurveyRefused(SurveyRefused.ALREADY_RESPONDED);
		}
		this.events.publishEvent(new SurveyAnswered(process.id(), process.area(), surveyId));
		return complaints;
	}

	/** The answers given, by position; what is missing or wrong goes into {@code complaints}. */
	static Map<Integer, Answer> answers(Survey survey, Map<String, List<String>> form, Complaints complaints) {
		Map<Integer, Answer> answers = new LinkedHashMap<>();
		for (Question question : survey.questions()) {
			List<String> given = form.getOrDefault(question.field(), List.of())
				.stream()
				.map(String::strip)
				.filter(value -> !value.isEmpty())
				.toList();
			if (given.isEmpty()) {
				if (question.required()) {
					complaints.add(question.field(), question.kind() == QuestionKind.OPEN ? "survey.answer.required-text"
							: question.kind() == QuestionKind.MULTIPLE ? "survey.answer.required-choices"
									: "survey.answer.required");
				}
				continue;
			}
			Answer answer = switch (question.kind()) {
				case SCALE -> score(given);
				case SINGLE -> given.size() == 1 ? choices(question, given) : null;
				case MULTIPLE -> choices(question, given);
				case OPEN -> given.size() == 1 && given.get(0).length() <= MAX_OPEN ? new Answer(null, null, given.get(0))
						: null;
			};
			if (answer == null) {
				complaints.add(question.field(), switch (question.kind()) {
					case SCALE -> "survey.answer.scale-range";
					case OPEN -> "survey.answer.too-long";
					default -> "survey.answer.choice-unknown";
				});
			}
			else {
				answers.put(question.position(), answer);
			}
		}
		return answers;
	}

	private static Answer score(List<String> given) {
		if (given.size() != 1 || !given.get(0).matches("[0-9]")) {
			return null;
		}
		int score = Integer.parseInt(given.get(0));
		return score >= Question.LOWEST && score <= Question.HIGHEST ? new Answer(score, null, null) : null;
	}

	private static Answer choices(Question question, List<String> given) {
		List<Integer> chosen = new ArrayList<>();
		for (String value : given) {
			if (!value.matches("[0-9]{1,2}")) {
				return null;
			}
			int option = Integer.parseInt(value);
			if (option >= question.options().size()) {
				return null;
			}
			if (!chosen.contains(option)) {
				chosen.add(option);
			}
		}
		return new Answer(null, List.copyOf(chosen), null);
	}

}
