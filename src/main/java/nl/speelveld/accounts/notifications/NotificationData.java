package nl.speelveld.accounts.notifications;

import java.util.ArrayList;
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

	private static final Map<String, String> ROWS = Map.of(
			"acc_notice", "select topic, message_key, array_to_string(arguments, ' | ') as arguments, link, occurred_at,"
					+ " sent_at, sent_at is null as pending from acc_notice where recipient_id = ? order by occurred_at",
			"acc_notice_preference", "select cadence, changed_at from acc_notice_preference where user_id = ?",
			"acc_digest", "select sent_on, notices from acc_digest where user_id = ? order by sent_on");

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
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String table : List.of("acc_notice", "acc_notice_preference", "acc_digest")) {
			this.jdbc.sql(ROWS.get(table)).param(user.value()).query().listOfRows().forEach(row -> {
				Map<String, Object> tagged = new LinkedHashMap<>();
				tagged.put("table", table);
				tagged.putAll(row);
				rows.add(tagged);
			});
		}
		return rows;
	}

	@Override
	public void erase(UserId user) {
		this.jdbc.sql("delete from acc_notice where recipient_id = ?").param(user.value()).update();
		this.jdbc.sql("delete from acc_notice_preference where user_id = ?").param(user.value()).update();
		this.jdbc.sql("delete from acc_digest where user_id = ?").param(user.value()).update();
	}

}
