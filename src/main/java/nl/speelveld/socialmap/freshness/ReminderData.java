package nl.speelveld.socialmap.freshness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reminders a person was sent as an owner, or asked for as a coordinator. Erasure removes those
 * they were sent and forgets who asked for the others.
 */
@Component
class ReminderData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	ReminderData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "social-map-reminders";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		return this.jdbc.sql("""
				select r.round, r.sent_at, r.valid_until, r.used_at, r.owner_id = :user as sent_to_you,
				       r.sent_by = :user as asked_by_you,
				       array(select e.entry_kind || ' ' || e.entry_id from smap_reminder_entry e where e.reminder_id = r.id)::text as entries
				from smap_reminder r where r.owner_id = :user or r.sent_by = :user order by r.sent_at""")
			.param("user", user.value())
			.query()
			.listOfRows()
			.stream()
			.map(row -> {
				Map<String, Object> tagged = new LinkedHashMap<>();
				tagged.put("table", "smap_reminder");
				tagged.putAll(row);
				return tagged;
			})
			.toList();
	}

	@Override
	public void erase(UserId user) {
		this.jdbc.sql("delete from smap_reminder where owner_id = ?").param(user.value()).update();
		this.jdbc.sql("update smap_reminder set sent_by = null where sent_by = ?").param(user.value()).update();
	}

}
