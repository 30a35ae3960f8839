package nl.speelveld.participation.surveys;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes surveys, their questions and responses. */
@Repository
public class SurveyStore {

	private final JdbcClient jdbc;

	SurveyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The survey if it belongs to this process. */
	public Optional<Survey> in(UUID process, UUID survey) {
		return this.jdbc.sql("select id, process_id, title, intro, template from participation_survey where id = ? and process_id = ?")
			.params(survey, process)
			.query((rs, n) -> survey(rs, questionsOf(survey)))
			.optional();
	}

	public Survey get(UUID process, UUID survey) {
		return in(process, survey).orElseThrow(() -> new SurveyNotFound(survey));
	}

	/** The surveys of a process, oldest first, with their number of responses. */
	public List<Listed> ofProcess(UUID process) {
		return this.jdbc.sql("""
				select s.id, s.title, s.template,
					(select count(*) from participation_survey_question q where q.survey_id = s.id) as questions,
					(select count(*) from participation_survey_response r where r.survey_id = s.id) as responses
				from participation_survey s where s.process_id = ? order by s.created_at, s.id""")
			.param(process)
			.query((rs, n) -> new Listed(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("template"),
					rs.getInt("questions"), rs.getInt("responses")))
			.list();
	}

	/** A survey in the list of its process. */
	public record Listed(UUID id, String title, @Nullable String template, int questions, int responses) {
	}

	List<Question> questionsOf(UUID survey) {
		return this.jdbc.sql("""
				select position, kind, text, theme, low_label, high_label, options, required
				from participation_survey_question where survey_id = ? order by position""")
			.param(survey)
			.query((rs, n) -> question(rs))
			.list();
	}

	void create(UUID id, UUID process, String title, String intro, @Nullable String template, UUID by) {
		this.jdbc.sql("""
				insert into participation_survey (id, process_id, title, intro, template, created_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, process, title, intro, template, by)
			.update();
	}

	void add(UUID survey, Question question) {
		this.jdbc.sql("""
				insert into participation_survey_question (survey_id, position, kind, text, theme, low_label, high_label,
					options, required)
				values (?, (select coalesce(max(position) + 1, 0) from participation_survey_question where survey_id = ?),
					?, ?, ?, ?, ?, ?, ?)""")
			.params(survey, survey, question.kind().key(), question.text(),
					question.theme() == null ? null : question.theme().key(), question.lowLabel(), question.highLabel(),
					question.options().toArray(String[]::new), question.required())
			.update();
	}

	boolean remove(UUID survey, int position) {
		return this.jdbc.sql("delete from participation_survey_question where survey_id = ? and position = ?")
			.params(survey, position)
			.update() == 1;
	}

	/**
	 * Locks the survey against changes while a response or a change is written, so that a change cannot
	 * slip in next to the first response: responses take the lock shared, changes exclusively.
	 */
	void lock(UUID survey, boolean exclusive) {
		this.jdbc.sql("select id from participation_survey where id = ? for " + (exclusive ? "update" : "share"))
			.param(survey)
			.query(UUID.class)
			.optional();
	}

	public int responses(UUID survey) {
		return this.jdbc.sql("select count(*) from participation_survey_response where survey_id = ?")
			.param(survey)
			.query(Integer.class)
			.single();
	}

	public boolean hasResponded(UUID survey, UUID account) {
		return this.jdbc.sql("select count(*) from participation_survey_response where survey_id = ? and account_id = ?")
			.params(survey, account)
			.query(Integer.class)
			.single() > 0;
	}

	/** Stores a response with its answers; false (and nothing stored) when this account already responded. */
	boolean respond(UUID survey, @Nullable UUID account, Map<Integer, Answer> answers) {
		UUID response = UUID.randomUUID();
		int added = this.jdbc.sql("""
				insert into participation_survey_response (id, survey_id, account_id) values (?, ?, ?)
				on conflict (survey_id, account_id) do nothing""")
			.params(response, survey, account)
			.update();
		if (added == 0) {
			return false;
		}
		answers.forEach((position, answer) -> this.jdbc.sql("""
				insert into participation_survey_answer (response_id, survey_id, position, score, choices, text)
				values (?, ?, ?, ?, ?, ?)""")
			.params(response, survey, position, answer.score(),
					answer.choices() == null ? null : answer.choices().stream().map(Integer::shortValue).toArray(Short[]::new),
					answer.text())
			.update());
		return true;
	}

	/** One answer: a score, chosen options (numbered from 0), or a text; the others are null. */
	public record Answer(@Nullable Integer score, @Nullable List<Integer> choices, @Nullable String text) {
	}

	private static Survey survey(ResultSet rs, List<Question> questions) throws SQLException {
		return new Survey(rs.getObject("id", UUID.class), rs.getObject("process_id", UUID.class), rs.getString("title"),
				rs.getString("intro"), rs.getString("template"), questions);
	}

	private static Question question(ResultSet rs) throws SQLException {
		String theme = rs.getString("theme");
		return new Question(rs.getInt("position"), QuestionKind.fromKey(rs.getString("kind")).orElseThrow(),
				rs.getString("text"), theme == null ? null : LiveabilityTheme.fromKey(theme).orElse(null),
				rs.getString("low_label"), rs.getString("high_label"), strings(rs.getArray("options")),
				rs.getBoolean("required"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return List.copyOf(Arrays.asList((String[]) array.getArray()));
	}

}
