package nl.speelveld.accounts.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import nl.speelveld.accounts.UserId;
import nl.speelveld.accounts.users.SignedIn;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only record of sensitive actions: who (a user id, never a name), when, what, about whom or
 * what, and roughly from where (a network prefix, not the full address). PostgreSQL refuses changes to
 * it except in retention and erasure.
 */
@Component
public class AuditLog {

	/** One recorded action; the actor's name is looked up when shown, so that erasure removes it. */
	public record Entry(long id, Instant at, @Nullable UserId actor, @Nullable String actorName, String action,
			@Nullable String subjectType, @Nullable String subjectId, String details, @Nullable String ipPrefix) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Records an action by the person signed in now (if any), from the current request's address. */
	public void record(String action, @Nullable String subjectType, @Nullable Object subjectId,
			Map<String, ?> details) {
		record(SignedIn.user().orElse(null), action, subjectType, subjectId, details);
	}

	public void record(@Nullable UserId actor, String action, @Nullable String subjectType, @Nullable Object subjectId,
			Map<String, ?> details) {
		this.jdbc.sql("""
				insert into acc_audit (actor_id, action, subject_type, subject_id, details, ip_prefix)
				values (?, ?, ?, ?, cast(? as jsonb), ?)""")
			.params(actor == null ? null : actor.value(), action, subjectType,
					subjectId == null ? null : subjectId.toString(), this.json.writeValueAsString(details),
					NetworkPrefix.of(clientAddress()))
			.update();
	}

	@PreAuthorize("@access.isAdministrator()")
	public List<Entry> newest(int page, int size, @Nullable String action) {
		return this.jdbc.sql("""
				select a.id, a.at, a.actor_id, coalesce(u.display_name, u.email) as actor_name, a.action,
				       a.subject_type, a.subject_id, a.details::text, a.ip_prefix
				from acc_audit a left join acc_user u on u.id = a.actor_id
				where (cast(:action as text) is null or a.action = :action)
				order by a.id desc limit :size offset :offset""")
			.param("action", action)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(),
					rs.getObject(3) == null ? null : new UserId(rs.getObject(3, UUID.class)), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
			.list();
	}

	/** Removes entries older than the retention period; the only deletion the log allows. */
	public int removeOlderThan(Duration retention) {
		allowMaintenance();
		return this.jdbc.sql("delete from acc_audit where at < now() - cast(? as interval)")
			.param(retention.toSeconds() + " seconds")
			.update();
	}

	/** Erasure: the person's actions stay in the log, but no longer say from which network they came. */
	public void forgetAddressesOf(UserId user) {
		allowMaintenance();
		this.jdbc.sql("update acc_audit set ip_prefix = null where actor_id = ? or (subject_type = 'user' and subject_id = ?)")
			.params(user.value(), user.toString())
			.update();
	}

	private void allowMaintenance() {
		// Local to the surrounding transaction: the trigger lets this transaction change the log, no other.
		this.jdbc.sql("select set_config('speelveld.audit_maintenance', 'on', true)").query().singleRow();
	}

	private static @Nullable String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
