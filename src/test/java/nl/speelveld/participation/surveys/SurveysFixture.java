package nl.speelveld.participation.surveys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.surveys.SurveyStore.Answer;

import org.springframework.stereotype.Component;

/** Surveys and responses for tests, written straight through the store, without the owner's or the gate's checks. */
@Component
public class SurveysFixture {

	private final SurveyStore store;

	private final SurveyBuilding building;

	private final AccountsFixture accounts;

	SurveysFixture(SurveyStore store, SurveyBuilding building, AccountsFixture accounts) {
		this.store = store;
		this.building = building;
		this.accounts = accounts;
	}

	/** The liveability template in the process, with the open question at the end (position 14). */
	public UUID liveability(Process process) {
		UUID id = UUID.randomUUID();
		this.store.create(id, process.id(), "Hoe leefbaar is jouw buurt?", "", Survey.LIVEABILITY, null);
		this.building.liveabilityQuestions(true).forEach(question -> this.store.add(id, question));
		return id;
	}

	/**
	 * An own survey: a required scale (0), a required single choice of Ja/Nee/Weet niet (1), an optional
	 * multiple choice of Fiets/Bus/Auto (2) and an optional open question (3).
	 */
	public UUID own(Process process) {
		UUID id = UUID.randomUUID();
		this.store.create(id, process.id(), "Het plein", "", null, null);
		this.store.add(id, new Question(0, QuestionKind.SCALE, "Hoe vind je het plein nu?", null, "heel slecht", "heel goed",
				List.of(), true));
		this.store.add(id, new Question(0, QuestionKind.SINGLE, "Moet er een speeltuin komen?", null, null, null,
				List.of("Ja", "Nee", "Weet niet"), true));
		this.store.add(id, new Question(0, QuestionKind.MULTIPLE, "Hoe kom je er?", null, null, null,
				List.of("Fiets", "Bus", "Auto"), false));
		this.store.add(id, new Question(0, QuestionKind.OPEN, "Wat wil je nog zeggen?", null, null, null, List.of(), false));
		return id;
	}

	/** A response to the liveability survey by a new resident: the same score on every theme, and a remark. */
	public UserId respondLiveability(UUID survey, int score, String remark) {
		int[] scores = new int[LiveabilityTheme.values().length];
		java.util.Arrays.fill(scores, score);
		return respondLiveability(survey, scores, remark);
	}

	/** A response by a new resident with a score per theme, in the order of the themes. */
	public UserId respondLiveability(UUID survey, int[] scores, String remark) {
		UserId resident = this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner");
		Map<Integer, Answer> answers = new LinkedHashMap<>();
		for (int position = 0; position < LiveabilityTheme.values().length; position++) {
			answers.put(position, new Answer(scores[position], null, null));
		}
		answers.put(LiveabilityTheme.values().length, new Answer(null, null, remark));
		this.store.respond(survey, resident.value(), answers);
		return resident;
	}

}
