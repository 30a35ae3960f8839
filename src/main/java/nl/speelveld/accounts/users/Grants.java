package nl.speelveld.accounts.users;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.Role;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Grants {

	private final JdbcClient jdbc;

	Grants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Grant> of(UserId user) {
		return this.jdbc.sql("select id, user_id, role, organisation_id, area_code, granted_at from acc_grant"
				+ " where user_id = ? order by role, area_code")
			.param(user.value())
			.query((rs, n) -> new Grant(rs.getObject(1, UUID.class), new UserId(rs.getObject(2, UUID.class)),
					Role.fromKey(rs.getString(3)).orElseThrow(), rs.getObject(4, UUID.class),
					rs.getString(5) == null ? null : new AreaCode(rs.getString(5)), rs.getTimestamp(6).toInstant()))
			.list();
	}

	public Optional<Grant> byId(UUID id) {
		return this.jdbc.sql("select user_id from acc_grant where id = ?")
			.param(id)
			.query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
			.optional()
			.flatMap(user -> of(user).stream().filter(grant -> grant.id().equals(id)).findFirst());
	}

	/** Adds the grant unless the person already holds it; returns its id either way. */
	public UUID add(UserId user, Role role, @Nullable UUID organisation, @Nullable AreaCode area,
			@Nullable UserId grantedBy) {
		this.jdbc.sql("""
				insert into acc_grant (id, user_id, role, organisation_id, area_code, granted_by)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(UUID.randomUUID(), user.value(), role.key(), organisation, area == null ? null : area.value(),
					grantedBy == null ? null : grantedBy.value())
			.update();
		return of(user).stream()
			.filter(grant -> grant.role() == role && java.util.Objects.equals(grant.organisationId(), organisation)
					&& java.util.Objects.equals(grant.area(), area))
			.findFirst()
			.orElseThrow()
			.id();
	}

	public void remove(UUID grant) {
		this.jdbc.sql("delete from acc_grant where id = ?").param(grant).update();
	}

	public boolean anyAdministrator() {
		return this.jdbc.sql("select exists (select 1 from acc_grant where role = 'administrator')")
			.query(Boolean.class)
			.single();
	}

}
