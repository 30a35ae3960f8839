package nl.speelveld.accounts.privacy;

import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The age group a person gave: in their download, and gone when they erase their account. */
@Component
class AgeBandData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	AgeBandData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "age-band";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		return PersonalDataHolder.rows(this.jdbc, Map.of("acc_age_band", "select band, set_at from acc_age_band where user_id = :user"),
				Map.of("user", user.value()));
	}

	@Override
	public void erase(UserId user) {
		this.jdbc.sql("delete from acc_age_band where user_id = ?").param(user.value()).update();
	}

}
