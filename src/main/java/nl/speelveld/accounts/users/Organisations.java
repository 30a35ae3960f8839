package nl.speelveld.accounts.users;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Organisations {

	private final JdbcClient jdbc;

	Organisations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID create(String name, OrganisationType type, Collection<AreaCode> gemeenten) {
		var id = UUID.randomUUID();
		this.jdbc.sql("insert into acc_organisation (id, name, type) values (?, ?, ?)")
			.params(id, name.trim(), type.key())
			.update();
		setGemeenten(id, gemeenten);
		return id;
	}

	public void update(UUID id, String name, OrganisationType type, Collection<AreaCode> gemeenten) {
		this.jdbc.sql("update acc_organisation set name = ?, type = ? where id = ?")
			.params(name.trim(), type.key(), id)
			.update();
		setGemeenten(id, gemeenten);
	}

	public Optional<Organisation> byId(UUID id) {
		return list(List.of(id), null).stream().findFirst();
	}

	/** All organisations, or those working in one of {@code gemeenten} when given, by name. */
	public List<Organisation> list(@Nullable Collection<AreaCode> gemeenten) {
		return list(null, gemeenten);
	}

	public List<Organisation> ofMember(UserId user) {
		List<UUID> ids = this.jdbc.sql("select organisation_id from acc_membership where user_id = ?")
			.param(user.value())
			.query(UUID.class)
			.list();
		return ids.isEmpty() ? List.of() : list(ids, null);
	}

	public List<UserId> members(UUID organisation) {
		return this.jdbc.sql("select user_id from acc_membership m join acc_user u on u.id = m.user_id"
				+ " where m.organisation_id = ? and u.erased_at is null order by m.since")
			.param(organisation)
			.query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
			.list();
	}

	public void addMember(UUID organisation, UserId user) {
		this.jdbc.sql("insert into acc_membership (user_id, organisation_id) values (?, ?) on conflict do nothing")
			.params(user.value(), organisation)
			.update();
	}

	private void setGemeenten(UUID id, Collection<AreaCode> gemeenten) {
		this.jdbc.sql("delete from acc_organisation_area where organisation_id = ?").param(id).update();
		for (AreaCode gemeente : gemeenten) {
			this.jdbc.sql("insert into acc_organisation_area (organisation_id, area_code) values (?, ?)")
				.params(id, gemeente.value())
				.update();
		}
	}

	private List<Organisation> list(@Nullable List<UUID> ids, @Nullable Collection<AreaCode> gemeenten) {
		var rows = this.jdbc.sql("""
				select o.id, o.name, o.type, a.area_code from acc_organisation o
				left join acc_organisation_area a on a.organisation_id = o.id
				where (cast(:byId as boolean) = false or o.id = any(:ids))
				  and (cast(:byArea as boolean) = false or o.id in
				       (select organisation_id from acc_organisation_area where area_code = any(:areas)))
				order by o.name, o.id, a.area_code""")
			.param("byId", ids != null)
			.param("ids", (ids == null ? List.<UUID>of() : ids).toArray(UUID[]::new))
			.param("byArea", gemeenten != null)
			.param("areas", (gemeenten == null ? List.<AreaCode>of() : gemeenten).stream().map(AreaCode::value)
				.toArray(String[]::new))
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4) })
			.list();
		Map<UUID, Organisation> organisations = new LinkedHashMap<>();
		for (Object[] row : rows) {
			var organisation = organisations.computeIfAbsent((UUID) row[0], id -> new Organisation(id, (String) row[1],
					OrganisationType.fromKey((String) row[2]).orElseThrow(), new ArrayList<>()));
			if (row[3] != null) {
				organisation.gemeenten().add(new AreaCode((String) row[3]));
			}
		}
		return organisations.values().stream()
			.map(o -> new Organisation(o.id(), o.name(), o.type(), List.copyOf(o.gemeenten())))
			.toList();
	}

}
