package nl.speelveld.initiatives.lifecycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the initiatives keep about a person: the initiatives they started or guide, their supports, news and
 * steps. Erasure keeps the initiatives (they are the neighbourhood's, and public) without the person: no
 * longer theirs, their supports gone from the count, their news and steps anonymous.
 */
@Component
class InitiativePersonalData implements PersonalDataHolder {

	/** Per table, the rows of one person; {@code :user} is their account id. */
	private static final Map<String, String> ROWS = new LinkedHashMap<>();

	static {
		ROWS.put("initiative", """
				select id, title, status, initiator_name, initiator_id = :user as you_started_it,
				       taken_by = :user as you_guide_it, decided_by = :user as you_decided_on_it, created_at
				from initiative where initiator_id = :user or taken_by = :user or decided_by = :user""");
		ROWS.put("initiative_supporter",
				"select initiative_id, show_name, supported_at from initiative_supporter where user_id = :user");
		ROWS.put("initiative_update", "select id, initiative_id, at, text from initiative_update where author_id = :user");
		ROWS.put("initiative_step", "select initiative_id, at, kind, text from initiative_step where actor_id = :user");
		ROWS.put("initiative_rules", "select gemeente, set_at from initiative_rules where set_by = :user");
	}

	private final JdbcClient jdbc;

	InitiativePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "initiatives";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		return PersonalDataHolder.rows(this.jdbc, ROWS, Map.of("user", user.value()));
	}

	@Override
	public void erase(UserId user) {
		this.jdbc.sql("""
				update initiative set supporters = supporters - 1
				where id in (select initiative_id from initiative_supporter where user_id = :user)""")
			.param("user", user.value())
			.update();
		for (String statement : List.of("delete from initiative_supporter where user_id = :user",
				"update initiative set initiator_id = null where initiator_id = :user",
				"update initiative set taken_by = null where taken_by = :user",
				"update initiative set decided_by = null where decided_by = :user",
				"update initiative_update set author_id = null where author_id = :user",
				"update initiative_step set actor_id = null where actor_id = :user",
				"update initiative_rules set set_by = null where set_by = :user")) {
			this.jdbc.sql(statement).param("user", user.value()).update();
		}
	}

}
