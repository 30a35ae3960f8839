package nl.speelveld.accounts.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's notices (waiting and recently sent), the digests they were sent and their cadence. Erasure
 * removes them all: a notice only ever matters to its recipient.
 */
@Component
class NotificationData implements PersonalDataHolder {

	private static final Map<String, String> ROWS = new LinkedHashMap<>();

	static {
		ROWS.put("acc_notice", "select topic, message_key, array_to_string(arguments, ' | ') as arguments, link, occurred_at,"
				+ " sent_at, sent_at is null as pending from acc_notice where recipient_id = :user order by occurred_at");
		ROWS.put("acc_notice_preference", "select cadence, changed_at from acc_notice_preference where user_id = :user");
		ROWS.put("acc_digest", "select sent_on, notices from acc_digest where user_id = :user order by sent_on");
	}

	private final JdbcClient jdbc;

	NotificationData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "notifications";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		return PersonalDataHolder.rows(this.jdbc, ROWS, Map.of("user", user.value()));
	}

	@Override
	public void erase(UserId user) {
		this.jdbc.sql("delete from acc_notice where recipient_id = ?").param(user.value()).update();
		this.jdbc.sql("delete from acc_notice_preference where user_id = ?").param(user.value()).update();
		this.jdbc.sql("delete from acc_digest where user_id = ?").param(user.value()).update();
	}

}
