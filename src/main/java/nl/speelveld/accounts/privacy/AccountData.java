package nl.speelveld.accounts.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;
import nl.speelveld.accounts.audit.AuditLog;
import nl.speelveld.shared.mail.Outbox;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the accounts module keeps about a person: the account, sign-in identities and links, sessions,
 * memberships, roles, invitations, audit entries and mail. Erasure keeps the account's id (others refer to
 * it) but nothing that says whose it was. Runs after every other module's holder.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AccountData implements PersonalDataHolder {

	/** Per table, the rows of one person: parameter 1 is the user id, parameter 2 the e-mail address. */
	private static final Map<String, String> ROWS = new LinkedHashMap<>();

	static {
		ROWS.put("acc_user", "select id, email, display_name, language, created_at, email_verified_at, last_sign_in_at,"
				+ " password_hash is not null as has_password from acc_user where id = ?1");
		ROWS.put("acc_oidc_identity", "select issuer, subject_hash, linked_at from acc_oidc_identity where user_id = ?1");
		ROWS.put("acc_membership", "select o.name as organisation, m.since from acc_membership m"
				+ " join acc_organisation o on o.id = m.organisation_id where m.user_id = ?1");
		ROWS.put("acc_grant", "select role, organisation_id, area_code, granted_at, granted_by from acc_grant"
				+ " where user_id = ?1 or granted_by = ?1");
		ROWS.put("acc_invitation", "select email, organisation_id, role, area_code, created_at, expires_at, accepted_at"
				+ " from acc_invitation where accepted_user_id = ?1 or invited_by = ?1 or lower(email) = lower(?2)");
		ROWS.put("acc_audit", "select at, action, subject_type, subject_id, details::text as details, ip_prefix,"
				+ " actor_id = ?1 as by_you from acc_audit where actor_id = ?1 or (subject_type = 'user' and subject_id = ?1::text)");
		ROWS.put("one_time_tokens", "select expires_at from one_time_tokens where username = ?1::text");
		ROWS.put("spring_session", "select to_timestamp(creation_time / 1000.0) as created,"
				+ " to_timestamp(last_access_time / 1000.0) as last_used from spring_session where principal_name = ?1::text");
		ROWS.put("shared_outbox", "select created_at, recipient, subject, body from shared_outbox where lower(recipient) = lower(?2)");
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Outbox outbox;

	AccountData(JdbcClient jdbc, AuditLog audit, Outbox outbox) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.outbox = outbox;
	}

	@Override
	public String section() {
		return "account";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		Map<String, String> queries = new LinkedHashMap<>();
		ROWS.forEach((table, query) -> queries.put(table, query.replace("?1", ":user").replace("?2", ":email")));
		return PersonalDataHolder.rows(this.jdbc, queries, Map.of("user", user.value(), "email", email(user)));
	}

	@Override
	public void erase(UserId user) {
		String email = email(user);
		this.outbox.removeTo(email);
		this.audit.forgetAddressesOf(user);
		this.jdbc.sql("delete from acc_invitation where accepted_user_id = ? or lower(email) = lower(?)")
			.params(user.value(), email)
			.update();
		this.jdbc.sql("update acc_invitation set invited_by = null where invited_by = ?").param(user.value()).update();
		this.jdbc.sql("update acc_grant set granted_by = null where granted_by = ?").param(user.value()).update();
		for (String table : List.of("acc_oidc_identity", "acc_membership", "acc_grant")) {
			this.jdbc.sql("delete from " + table + " where user_id = ?").param(user.value()).update();
		}
		this.jdbc.sql("delete from one_time_tokens where username = ?").param(user.toString()).update();
		this.jdbc.sql("delete from spring_session where principal_name = ?").param(user.toString()).update();
		this.jdbc.sql("""
				update acc_user set email = null, display_name = null, password_hash = null, email_verified_at = null,
				  last_sign_in_at = null, erased_at = now() where id = ?""").param(user.value()).update();
	}

	private String email(UserId user) {
		return this.jdbc.sql("select coalesce(email, '') from acc_user where id = ?").param(user.value()).query(String.class).single();
	}

}
