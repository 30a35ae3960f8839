package nl.speelveld.accounts.users;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.Role;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations and their tokens: 256 random bits in the link, a SHA-256 hash in the database. */
@Repository
public class Invitations {

	public static final Duration VALID_FOR = Duration.ofDays(7);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	Invitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new invitation and returns the token for its link; the token itself is not kept. */
	public String create(String email, @Nullable UUID organisation, Role role, @Nullable AreaCode area,
			@Nullable UserId invitedBy) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.jdbc.sql("""
				insert into acc_invitation (id, email, organisation_id, role, area_code, token_hash, invited_by, expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), email.trim(), organisation, role.key(), area == null ? null : area.value(),
					Hashes.sha256(token), invitedBy == null ? null : invitedBy.value(),
					java.sql.Timestamp.from(Instant.now().plus(VALID_FOR)))
			.update();
		return token;
	}

	public Optional<Invitation> byToken(String token) {
		return this.jdbc.sql("select * from acc_invitation where token_hash = ?")
			.param(Hashes.sha256(token))
			.query(Invitations::invitation)
			.optional();
	}

	public List<Invitation> ofOrganisation(UUID organisation) {
		return this.jdbc.sql("select * from acc_invitation where organisation_id = ? order by created_at desc")
			.param(organisation)
			.query(Invitations::invitation)
			.list();
	}

	public void accepted(UUID invitation, UserId user) {
		this.jdbc.sql("update acc_invitation set accepted_at = now(), accepted_user_id = ? where id = ?")
			.params(user.value(), invitation)
			.update();
	}

	/** Ends the administrator invitations that nobody accepted, before a new one is made at start-up. */
	public void withdrawOpenAdministratorInvitations() {
		this.jdbc.sql("delete from acc_invitation where role = 'administrator' and accepted_at is null").update();
	}

	private static Invitation invitation(ResultSet rs, int row) throws SQLException {
		return new Invitation(rs.getObject("id", UUID.class), rs.getString("email"),
				rs.getObject("organisation_id", UUID.class), Role.fromKey(rs.getString("role")).orElseThrow(),
				rs.getString("area_code") == null ? null : new AreaCode(rs.getString("area_code")),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				rs.getTimestamp("accepted_at") == null ? null : rs.getTimestamp("accepted_at").toInstant());
	}

}
