package nl.speelveld.participation.surveys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the surveys keep about a person: their responses with their answers, and the surveys they built.
 * Erasure keeps a response counted, so that the figures others read do not shift, but without anyone
 * behind it; its open answers go, as free text can tell who wrote it.
 */
@Component
class SurveyPersonalData implements PersonalDataHolder {

	private static final Map<String, String> ROWS = new LinkedHashMap<>();

	static {
		ROWS.put("participation_survey_response", """
				select r.survey_id, s.title as survey, r.answered_at from participation_survey_response r
				join participation_survey s on s.id = r.survey_id where r.account_id = :user""");
		// The chosen options as text, like 0,2: a database array does not turn into JSON by itself.
		ROWS.put("participation_survey_answer", """
				select a.survey_id, a.position, q.text as question, a.score, array_to_string(a.choices, ',') as choices, a.text
				from participation_survey_answer a
				join participation_survey_response r on r.id = a.response_id
				join participation_survey_question q on q.survey_id = a.survey_id and q.position = a.position
				where r.account_id = :user order by a.survey_id, a.position""");
		ROWS.put("participation_survey", "select id, process_id, title, created_at from participation_survey where created_by = :user");
	}

	private final JdbcClient jdbc;

	SurveyPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "participation-surveys";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		return PersonalDataHolder.rows(this.jdbc, ROWS, Map.of("user", user.value()));
	}

	@Override
	public void erase(UserId user) {
		for (String statement : List.of("""
				update participation_survey_answer set text = null
				where text is not null and response_id in (select id from participation_survey_response where account_id = :user)""",
				"update participation_survey_response set account_id = null where account_id = :user",
				"update participation_survey set created_by = null where created_by = :user")) {
			this.jdbc.sql(statement).param("user", user.value()).update();
		}
	}

}
