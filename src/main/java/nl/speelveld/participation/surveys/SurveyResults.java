package nl.speelveld.participation.surveys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The outcome of a survey: the number of responses and per question its figures, in three small queries
 * (scores, choices, and open answers only when asked for the owner). Below {@link ScaleFigures#MINIMUM}
 * responses no figures at all: they would say little and could point at the few who answered.
 */
@Service
public class SurveyResults {

	private final JdbcClient jdbc;

	private final SurveyStore store;

	SurveyResults(JdbcClient jdbc, SurveyStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	public Results of(Survey survey, boolean withOpenAnswers) {
		int responses = this.store.responses(survey.id());
		if (responses < ScaleFigures.MINIMUM) {
			return new Results(survey, responses, List.of());
		}
		Map<Integer, int[]> scores = scores(survey.id());
		Map<Integer, int[]> choices = choices(survey);
		Map<Integer, List<String>> texts = withOpenAnswers ? texts(survey.id()) : Map.of();
		List<QuestionResult> results = new ArrayList<>();
		for (Question question : survey.questions()) {
			results.add(switch (question.kind()) {
				case SCALE -> new QuestionResult(question,
						ScaleFigures.of(scores.getOrDefault(question.position(), new int[Question.HIGHEST])), null,
						List.of());
				case SINGLE, MULTIPLE -> new QuestionResult(question, null,
						choices.getOrDefault(question.position(), new int[question.options().size()]), List.of());
				case OPEN -> new QuestionResult(question, null, null, texts.getOrDefault(question.position(), List.of()));
			});
		}
		return new Results(survey, responses, results);
	}

	private Map<Integer, int[]> scores(UUID survey) {
		Map<Integer, int[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select position, score, count(*) as n from participation_survey_answer
				where survey_id = ? and score is not null group by position, score""")
			.param(survey)
			.query(rs -> {
				counts.computeIfAbsent(rs.getInt("position"), p -> new int[Question.HIGHEST])[rs.getInt("score") - 1] = rs
					.getInt("n");
			});
		return counts;
	}

	private Map<Integer, int[]> choices(Survey survey) {
		Map<Integer, Integer> sizes = new HashMap<>();
		survey.questions().forEach(question -> sizes.put(question.position(), question.options().size()));
		Map<Integer, int[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select a.position, c.choice, count(*) as n
				from participation_survey_answer a cross join unnest(a.choices) as c(choice)
				where a.survey_id = ? and a.choices is not null group by a.position, c.choice""")
			.param(survey.id())
			.query(rs -> {
				int position = rs.getInt("position");
				int choice = rs.getInt("choice");
				int[] perOption = counts.computeIfAbsent(position, p -> new int[sizes.getOrDefault(p, 0)]);
				if (choice < perOption.length) {
					perOption[choice] = rs.getInt("n");
				}
			});
		return counts;
	}

	private Map<Integer, List<String>> texts(UUID survey) {
		Map<Integer, List<String>> texts = new HashMap<>();
		this.jdbc.sql("""
				select a.position, a.text from participation_survey_answer a
				join participation_survey_response r on r.id = a.response_id
				where a.survey_id = ? and a.text is not null order by r.answered_at, r.id""")
			.param(survey)
			.query(rs -> {
				texts.computeIfAbsent(rs.getInt("position"), p -> new ArrayList<>()).add(rs.getString("text"));
			});
		return texts;
	}

	/** The outcome; {@code questions} is empty below the minimum number of responses. */
	public record Results(Survey survey, int responses, List<QuestionResult> questions) {

		public boolean shown() {
			return this.responses >= ScaleFigures.MINIMUM;
		}

		/** The scale figures of the liveability themes, in the order of the themes. */
		public List<ThemeFigures> themes() {
			List<ThemeFigures> themes = new ArrayList<>();
			for (QuestionResult result : this.questions) {
				if (result.question().theme() != null && result.scale() != null) {
					themes.add(new ThemeFigures(result.question().theme(), result.scale()));
				}
			}
			return themes;
		}

	}

	/**
	 * The figures of one question: {@code scale} for a scale question, {@code choices} (a count per option)
	 * for a choice, {@code texts} for an open question when the owner asks.
	 */
	public record QuestionResult(Question question, @org.jspecify.annotations.Nullable ScaleFigures scale,
			int @org.jspecify.annotations.Nullable [] choices, List<String> texts) {

		public int chosen(int option) {
			return this.choices == null ? 0 : this.choices[option];
		}

	}

}
