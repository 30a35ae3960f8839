package nl.speelveld.participation.challenges;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the uitdaagrecht keeps about a person: the requests they submitted (with the contact details they
 * gave), the ones they handled for the gemeente, their steps and the rules they set. Erasure keeps every
 * request in the public register, as the law asks, but without the person: no longer linked to their
 * account, the contact details gone, their steps anonymous.
 */
@Component
class ChallengePersonalData implements PersonalDataHolder {

	/** Per table, the rows of one person; {@code :user} is their account id. */
	private static final Map<String, String> ROWS = new LinkedHashMap<>();

	static {
		ROWS.put("challenge", """
				select id, status, task, group_name, contact_name, contact_email, contact_phone, submitted_at,
				       requester_id = :user as you_submitted_it, taken_by = :user as you_took_it,
				       decided_by = :user as you_decided_on_it
				from challenge where requester_id = :user or taken_by = :user or decided_by = :user""");
		ROWS.put("challenge_step", "select challenge_id, at, kind, to_status, text from challenge_step where actor_id = :user");
		ROWS.put("challenge_rules", "select gemeente, set_at from challenge_rules where set_by = :user");
	}

	private final JdbcClient jdbc;

	ChallengePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "uitdaagrecht";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		return PersonalDataHolder.rows(this.jdbc, ROWS, Map.of("user", user.value()));
	}

	@Override
	public void erase(UserId user) {
		for (String statement : List.of("""
				update challenge set requester_id = null, contact_name = null, contact_email = null, contact_phone = null
				where requester_id = :user""",
				"update challenge set taken_by = null where taken_by = :user",
				"update challenge set decided_by = null where decided_by = :user",
				"update challenge_step set actor_id = null where actor_id = :user",
				"update challenge_rules set set_by = null where set_by = :user")) {
			this.jdbc.sql(statement).param("user", user.value()).update();
		}
	}

}
