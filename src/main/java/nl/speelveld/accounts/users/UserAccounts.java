package nl.speelveld.accounts.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People's accounts. E-mail addresses compare without regard to case, as mail servers do. */
@Repository
public class UserAccounts {

	private static final String COLUMNS = "id, email, display_name, password_hash, language, created_at, "
			+ "email_verified_at, last_sign_in_at";

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Account> byId(UserId id) {
		return this.jdbc.sql("select " + COLUMNS + " from acc_user where id = ? and erased_at is null")
			.param(id.value())
			.query(UserAccounts::account)
			.optional();
	}

	public Optional<Account> byEmail(String email) {
		return this.jdbc.sql("select " + COLUMNS + " from acc_user where lower(email) = lower(?) and erased_at is null")
			.param(email.trim())
			.query(UserAccounts::account)
			.optional();
	}

	/**
	 * The account for a sign-in link: an existing one, or a new, unverified one that the retention job
	 * removes unless the link is used.
	 */
	public UserId forSignInLink(String email, String language) {
		return byEmail(email).map(Account::id).orElseGet(() -> {
			var id = UserId.random();
			this.jdbc.sql("insert into acc_user (id, email, language) values (?, ?, ?) on conflict do nothing")
				.params(id.value(), email.trim(), language)
				.update();
			return byEmail(email).orElseThrow().id();
		});
	}

	public UserId create(String email, @Nullable String displayName, @Nullable String passwordHash, boolean verified) {
		var id = UserId.random();
		this.jdbc.sql("""
				insert into acc_user (id, email, display_name, password_hash, email_verified_at)
				values (?, ?, ?, ?, case when ? then now() end)""")
			.params(id.value(), email.trim(), displayName, passwordHash, verified)
			.update();
		return id;
	}

	public void signedIn(UserId id, boolean emailVerified) {
		this.jdbc.sql("""
				update acc_user set last_sign_in_at = now(),
				  email_verified_at = coalesce(email_verified_at, case when ? then now() end)
				where id = ?""").params(emailVerified, id.value()).update();
	}

	public void rename(UserId id, @Nullable String displayName) {
		this.jdbc.sql("update acc_user set display_name = ? where id = ?").params(displayName, id.value()).update();
	}

	public void setPasswordHash(UserId id, String hash) {
		this.jdbc.sql("update acc_user set password_hash = ? where id = ?").params(hash, id.value()).update();
	}

	/** Whether some account that is not erased shows exactly this name, in any case and spacing. */
	public boolean hasDisplayName(String name) {
		String normalised = name.strip().replaceAll("\\s+", " ");
		if (normalised.isEmpty()) {
			return false;
		}
		return this.jdbc.sql("select exists (select 1 from acc_user where erased_at is null"
				+ " and lower(display_name) = lower(?))")
			.param(normalised)
			.query(Boolean.class)
			.single();
	}

	/** Accounts whose address or name contains the text, newest first, limited to the given ids when given. */
	public List<Account> search(String text, @Nullable List<UUID> among, int limit) {
		String pattern = "%" + text.trim().toLowerCase().replace("%", "").replace("_", "") + "%";
		return this.jdbc.sql("select " + COLUMNS + " from acc_user where erased_at is null"
				+ " and (lower(email) like :pattern or lower(coalesce(display_name, '')) like :pattern)"
				+ " and (cast(:restricted as boolean) = false or id = any(:among))"
				+ " order by created_at desc limit :limit")
			.param("pattern", pattern)
			.param("restricted", among != null)
			.param("among", (among == null ? List.<UUID>of() : among).toArray(UUID[]::new))
			.param("limit", limit)
			.query(UserAccounts::account)
			.list();
	}

	private static Account account(ResultSet rs, int row) throws SQLException {
		return new Account(new UserId(rs.getObject("id", UUID.class)), rs.getString("email"),
				rs.getString("display_name"), rs.getString("password_hash"), rs.getString("language"),
				rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("email_verified_at")),
				instant(rs.getTimestamp("last_sign_in_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
