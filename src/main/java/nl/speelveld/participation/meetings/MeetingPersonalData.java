package nl.speelveld.participation.meetings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the meetings keep about a person: their registrations and the meetings they planned. Erasure ends
 * the registrations (their places are freed) and keeps the meetings without their planner.
 */
@Component
class MeetingPersonalData implements PersonalDataHolder {

	private static final Map<String, String> ROWS = new LinkedHashMap<>();

	static {
		ROWS.put("participation_meeting_registration", """
				select r.meeting_id, m.title as meeting, m.starts_at, r.registered_at
				from participation_meeting_registration r join participation_meeting m on m.id = r.meeting_id
				where r.account_id = :user""");
		ROWS.put("participation_meeting", "select id, process_id, title, starts_at, created_at from participation_meeting where created_by = :user");
	}

	private final JdbcClient jdbc;

	MeetingPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "participation-meetings";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		return PersonalDataHolder.rows(this.jdbc, ROWS, Map.of("user", user.value()));
	}

	@Override
	public void erase(UserId user) {
		for (String statement : List.of("""
				update participation_meeting set registered = registered - 1
				where id in (select meeting_id from participation_meeting_registration where account_id = :user)""",
				"delete from participation_meeting_registration where account_id = :user",
				"update participation_meeting set created_by = null where created_by = :user")) {
			this.jdbc.sql(statement).param("user", user.value()).update();
		}
	}

}
