package nl.speelveld.participation.discussion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the discussions of proposals keep about a person: their arguments and comments, their reports, and
 * what they did as a moderator. Erasure keeps the arguments and comments (the discussion would not read
 * otherwise) under the name of a former participant, and keeps reports and moderation actions without the
 * person, so that moderation can still be accounted for.
 */
@Component
class DiscussionPersonalData implements PersonalDataHolder {

	static final String FORMER_PARTICIPANT = "Oud-deelnemer";

	/** Per table, the rows of one person; {@code :user} is their account id. */
	private static final Map<String, String> ROWS = new LinkedHashMap<>();

	static {
		ROWS.put("participation_argument", """
				select id, proposal_id, author_name, side, body, moderation, moderation_reason, created_at
				from participation_argument where author_id = :user order by created_at""");
		ROWS.put("participation_comment", """
				select id, proposal_id, parent_id, author_name, body, moderation, moderation_reason, created_at
				from participation_comment where author_id = :user order by created_at""");
		ROWS.put("participation_report", """
				select id, content_kind, content_id, process_id, reason, note, reported_at, handled, handled_at,
				       reporter_id = :user as you_reported_it, handled_by = :user as you_handled_it
				from participation_report where reporter_id = :user or handled_by = :user order by reported_at""");
		ROWS.put("participation_moderation_action", """
				select at, action, content_kind, content_id, process_id, area_code, reason
				from participation_moderation_action where moderator_id = :user order by at""");
	}

	private final JdbcClient jdbc;

	DiscussionPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "participation-discussion";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		return PersonalDataHolder.rows(this.jdbc, ROWS, Map.of("user", user.value()));
	}

	@Override
	public void erase(UserId user) {
		for (String statement : List.of(
				"update participation_argument set author_id = null, author_name = :former where author_id = :user",
				"update participation_comment set author_id = null, author_name = :former where author_id = :user",
				"update participation_report set reporter_id = null, note = null where reporter_id = :user",
				"update participation_report set handled_by = null where handled_by = :user",
				"update participation_moderation_action set moderator_id = null where moderator_id = :user")) {
			this.jdbc.sql(statement).param("user", user.value()).param("former", FORMER_PARTICIPANT).update();
		}
	}

}
