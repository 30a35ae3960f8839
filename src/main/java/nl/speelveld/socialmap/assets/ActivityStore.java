package nl.speelveld.socialmap.assets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.OrganisationRef;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and saves activities; an activity at a place takes the place's position. Saving confirms it. */
@Repository
class ActivityStore {

	private static final String SELECT = """
			select a.id, a.name, a.description, a.schedule, a.place_id, pl.name as place_name, a.organisation_id,
			       o.name as organisation_name, o.type as organisation_type, a.postcode,
			       coalesce(pl.lat, a.lat) as lat, coalesce(pl.lon, a.lon) as lon, a.area_code, a.owner_id,
			       a.last_confirmed
			from smap_activity a
			left join smap_place pl on pl.id = a.place_id
			left join smap_organisation o on o.id = a.organisation_id""";

	private final JdbcClient jdbc;

	ActivityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Activity> find(UUID id) {
		return this.jdbc.sql(SELECT + " where a.id = ?").param(id).query((rs, n) -> activity(rs)).optional();
	}

	/** The activities in an area and its parts, by name. */
	List<Activity> in(AreaCode area, int limit) {
		return this.jdbc.sql(SELECT + " where a.area_key like ? order by lower(a.name) limit ?")
			.params(area.value().substring(2) + "%", limit)
			.query((rs, n) -> activity(rs))
			.list();
	}

	List<Activity> at(UUID place) {
		return this.jdbc.sql(SELECT + " where a.place_id = ? order by lower(a.name)")
			.param(place)
			.query((rs, n) -> activity(rs))
			.list();
	}

	UUID insert(ActivityDraft draft, @Nullable UUID owner) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into smap_activity (id, name, description, schedule, place_id, organisation_id, postcode, lat, lon,
				                           area_code, owner_id, last_confirmed)
				values (:id, :name, :description, :schedule, :place, :organisation, :postcode, :lat, :lon, :area, :owner,
				        current_date)""")
			.params(values(draft))
			.param("id", id)
			.param("owner", owner)
			.update();
		return id;
	}

	void update(UUID id, ActivityDraft draft) {
		this.jdbc.sql("""
				update smap_activity set name = :name, description = :description, schedule = :schedule, place_id = :place,
				  organisation_id = :organisation, postcode = :postcode, lat = :lat, lon = :lon, area_code = :area,
				  last_confirmed = current_date, updated_at = now()
				where id = :id""")
			.params(values(draft))
			.param("id", id)
			.update();
	}

	private static Map<String, @Nullable Object> values(ActivityDraft draft) {
		Map<String, @Nullable Object> values = new HashMap<>();
		values.put("name", draft.name());
		values.put("description", draft.description());
		values.put("schedule", draft.schedule());
		values.put("place", draft.place());
		values.put("organisation", draft.organisation());
		values.put("postcode", draft.postcode());
		values.put("lat", draft.lat());
		values.put("lon", draft.lon());
		values.put("area", draft.area().value());
		return values;
	}

	private static Activity activity(ResultSet rs) throws SQLException {
		UUID place = rs.getObject("place_id", UUID.class);
		UUID organisation = rs.getObject("organisation_id", UUID.class);
		return new Activity(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
				rs.getString("schedule"), place == null ? null : new Activity.PlaceRef(place, rs.getString("place_name")),
				organisation == null ? null
						: new OrganisationRef(organisation, rs.getString("organisation_name"),
								rs.getString("organisation_type")),
				rs.getString("postcode"), rs.getObject("lat", Double.class), rs.getObject("lon", Double.class),
				new AreaCode(rs.getString("area_code")), rs.getObject("owner_id", UUID.class),
				rs.getObject("last_confirmed", LocalDate.class));
	}

}
