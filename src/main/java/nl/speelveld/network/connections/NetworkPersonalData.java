package nl.speelveld.network.connections;

import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the network keeps about a person: which connections they logged. Erasure forgets who logged them; the
 * connections stay in the network, as they are between organisations, posts and pseudonymous groups.
 */
@Component
class NetworkPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	NetworkPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "network";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		return PersonalDataHolder.rows(this.jdbc, Map.of("net_connection",
				"select id, logged_by, area_code, on_date, purpose, from_kind, from_ref, from_group, to_kind, to_ref,"
						+ " to_group, created_at from net_connection where logged_by = :user order by created_at"),
				Map.of("user", user.value()));
	}

	@Override
	public void erase(UserId user) {
		this.jdbc.sql("update net_connection set logged_by = null where logged_by = ?").param(user.value()).update();
	}

}
