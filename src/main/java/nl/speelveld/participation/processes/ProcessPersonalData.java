package nl.speelveld.participation.processes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What processes keep about a person: the postcodes they gave to take part in residents-only processes, and
 * the processes they run and the steps they took as owner. Erasure deletes the postcodes; the processes and
 * their history stay, without the person.
 */
@Component
class ProcessPersonalData implements PersonalDataHolder {

	private static final Map<String, String> ROWS = new LinkedHashMap<>();

	static {
		ROWS.put("participation_residency",
				"select process_id, postcode, declared_at from participation_residency where account_id = :user");
		ROWS.put("participation_process",
				"select id, title, area_code, status, created_at from participation_process where owner_id = :user");
		ROWS.put("participation_process_step",
				"select process_id, at, phase, status from participation_process_step where by_id = :user");
	}

	private final JdbcClient jdbc;

	ProcessPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "participation-processes";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		return PersonalDataHolder.rows(this.jdbc, ROWS, Map.of("user", user.value()));
	}

	@Override
	public void erase(UserId user) {
		this.jdbc.sql("delete from participation_residency where account_id = ?").param(user.value()).update();
		this.jdbc.sql("update participation_process set owner_id = null where owner_id = ?").param(user.value()).update();
		this.jdbc.sql("update participation_process_step set by_id = null where by_id = ?").param(user.value()).update();
	}

}
