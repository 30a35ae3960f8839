package nl.speelveld.participation.surveys;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import nl.speelveld.accounts.DemoResidents;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.surveys.SurveyStore.Answer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A liveability survey with synthetic responses for the demo: scores that differ per theme the way Dutch
 * neighbourhoods often answer (traffic and parking low, green and housing higher), by demo residents who
 * cannot sign in. The same process always gets the same answers.
 */
@Component
public class DemoSurveys {

	/** The usual score per theme, before each resident's own view and mood. */
	private static final Map<LiveabilityTheme, Double> TYPICAL = new EnumMap<>(LiveabilityTheme.class);

	static {
		double[] typical = { 5.0, 4.4, 3.1, 4.2, 5.5, 4.6, 4.8, 3.9, 4.3, 4.7, 4.5, 4.4, 3.6, 3.2 };
		LiveabilityTheme[] themes = LiveabilityTheme.values();
		for (int i = 0; i < themes.length; i++) {
			TYPICAL.put(themes[i], typical[i]);
		}
	}

	private static final List<String> REMARKS = List.of("Er wordt te hard gereden in onze straat.",
			"Het park is mooi, maar er liggen vaak zwerfvuil en hondenpoep.",
			"Ik mis een plek waar buren elkaar tegenkomen.", "Meer bankjes langs de route naar de winkels, graag.",
			"Fijne buurt, aardige mensen.");

	private final SurveyBuilding building;

	private final SurveyStore store;

	private final DemoResidents residents;

	DemoSurveys(SurveyBuilding building, SurveyStore store, DemoResidents residents) {
		this.building = building;
		this.store = store;
		this.residents = residents;
	}

	/** Adds the liveability survey to the process, filled in by {@code respondents} demo residents. */
	@Transactional
	public void addTo(Process process, int respondents) {
		UUID survey = UUID.randomUUID();
		this.store.create(survey, process.id(), "Hoe leefbaar is jouw buurt?",
				"Geef elk onderwerp een cijfer van 1 tot 7. Het duurt ongeveer vijf minuten.", Survey.LIVEABILITY, null);
		List<Question> questions = this.building.liveabilityQuestions(true);
		questions.forEach(question -> this.store.add(survey, question));
		Random random = new Random(process.id().getLeastSignificantBits());
		for (int i = 1; i <= respondents; i++) {
			UUID account = this.residents.resident("leefbaarheid-" + i + "@example.org", "Buurtbewoner " + i).value();
			double mood = random.nextGaussian() * 0.6;
			Map<Integer, Answer> answers = new LinkedHashMap<>();
			LiveabilityTheme[] themes = LiveabilityTheme.values();
			for (int position = 0; position < themes.length; position++) {
				double score = TYPICAL.get(themes[position]) + mood + random.nextGaussian() * 1.1;
				answers.put(position, new Answer((int) Math.max(1, Math.min(7, Math.round(score))), null, null));
			}
			if (random.nextInt(4) == 0) {
				answers.put(themes.length, new Answer(null, null, REMARKS.get(random.nextInt(REMARKS.size()))));
			}
			this.store.respond(survey, account, answers);
		}
	}

}
