package nl.speelveld.socialmap.hsds;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the social map's rows that HSDS objects are made of, many at a time by id. */
@Repository
class HsdsRows {

	private static final String ORGANISATIONS = """
			select o.*, o.hsds_remainder::text as remainder, coalesce((select array_agg(a.area_code order by a.area_code)
			from smap_organisation_area a where a.organisation_id = o.id), '{}') as areas from smap_organisation o""";

	private static final String PLACES = "select p.*, p.hsds_remainder::text as remainder from smap_place p";

	private static final String SERVICES = """
			select s.*, s.hsds_remainder::text as remainder, coalesce((select array_agg(a.area_code order by a.area_code)
			from smap_service_area a where a.service_id = s.id), '{}') as areas from smap_service s""";

	private static final String POSTS = """
			select p.*, f.display_name, coalesce((select array_agg(a.area_code order by a.area_code)
			from smap_post_area a where a.post_id = p.id), '{}') as areas
			from smap_post p left join smap_professional f on f.id = p.professional_id""";

	private static final String SERVICE_PLACES = """
			select coalesce(sp.hsds_id, sp.derived_id) as hsds_id, sp.service_id, sp.place_id,
			sp.hsds_remainder::text as remainder from smap_service_place sp""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	HsdsRows(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<OrganisationRow> organisations(Collection<UUID> ids) {
		return this.jdbc.sql(ORGANISATIONS + " where o.id = any(?) order by o.name, o.id").param(array(ids))
			.query(this::organisation).list();
	}

	List<PlaceRow> places(Collection<UUID> ids) {
		return this.jdbc.sql(PLACES + " where p.id = any(?) order by p.name, p.id").param(array(ids)).query(this::place).list();
	}

	List<PlaceRow> placesOf(Collection<UUID> organisations) {
		return this.jdbc.sql(PLACES + " where p.organisation_id = any(?) order by p.name, p.id").param(array(organisations))
			.query(this::place).list();
	}

	List<ServiceRow> services(Collection<UUID> ids) {
		return this.jdbc.sql(SERVICES + " where s.id = any(?) order by s.name, s.id").param(array(ids))
			.query(this::service).list();
	}

	List<ServiceRow> servicesOf(Collection<UUID> organisations) {
		return this.jdbc.sql(SERVICES + " where s.organisation_id = any(?) order by s.name, s.id").param(array(organisations))
			.query(this::service).list();
	}

	List<PostRow> posts(Collection<UUID> ids) {
		return this.jdbc.sql(POSTS + " where p.id = any(?) order by p.title, p.id").param(array(ids)).query(this::post).list();
	}

	List<PostRow> postsOf(Collection<UUID> organisations) {
		return this.jdbc.sql(POSTS + " where p.organisation_id = any(?) order by p.title, p.id").param(array(organisations))
			.query(this::post).list();
	}

	List<ServicePlaceRow> servicePlacesOf(Collection<UUID> services) {
		return this.jdbc.sql(SERVICE_PLACES + " where sp.service_id = any(?) order by 1").param(array(services))
			.query(this::servicePlace).list();
	}

	List<ServicePlaceRow> servicePlaces(Collection<UUID> ids) {
		return this.jdbc.sql(SERVICE_PLACES + " where coalesce(sp.hsds_id, sp.derived_id) = any(?) order by 1")
			.param(array(ids)).query(this::servicePlace).list();
	}

	private OrganisationRow organisation(ResultSet rs, int row) throws SQLException {
		return new OrganisationRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("type"),
				rs.getString("description"), rs.getString("website"), rs.getString("email"), rs.getString("phone"),
				rs.getString("street"), rs.getString("postcode"), rs.getString("city"), strings(rs.getArray("areas")),
				rs.getObject("last_confirmed", LocalDate.class), rs.getTimestamp("updated_at").toInstant(),
				remainder(rs.getString("remainder")));
	}

	private PlaceRow place(ResultSet rs, int row) throws SQLException {
		return new PlaceRow(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("name"),
				rs.getString("description"), rs.getObject("organisation_id", UUID.class), rs.getString("street"),
				rs.getString("postcode"), rs.getString("city"), rs.getObject("lat", Double.class),
				rs.getObject("lon", Double.class), rs.getString("area_code"), rs.getString("opening_hours"),
				rs.getString("accessibility"), rs.getObject("wheelchair_accessible", Boolean.class),
				rs.getObject("last_confirmed", LocalDate.class), rs.getTimestamp("updated_at").toInstant(),
				remainder(rs.getString("remainder")));
	}

	private ServiceRow service(ResultSet rs, int row) throws SQLException {
		return new ServiceRow(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getString("name"), rs.getString("description"), rs.getString("audience"), strings(rs.getArray("focus")),
				rs.getString("url"), rs.getString("email"), rs.getString("phone"), strings(rs.getArray("areas")),
				rs.getObject("last_confirmed", LocalDate.class), rs.getTimestamp("updated_at").toInstant(),
				remainder(rs.getString("remainder")));
	}

	private PostRow post(ResultSet rs, int row) throws SQLException {
		return new PostRow(rs.getObject("id", UUID.class), rs.getString("role_code"),
				rs.getObject("organisation_id", UUID.class), rs.getString("display_name"), rs.getString("title"),
				strings(rs.getArray("focus")), rs.getString("availability"), strings(rs.getArray("languages")),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getString("contact_email"), rs.getString("contact_phone"), rs.getString("contact_url"),
				strings(rs.getArray("areas")), rs.getObject("last_confirmed", LocalDate.class),
				rs.getTimestamp("updated_at").toInstant());
	}

	private ServicePlaceRow servicePlace(ResultSet rs, int row) throws SQLException {
		return new ServicePlaceRow(rs.getObject("hsds_id", UUID.class), rs.getObject("service_id", UUID.class),
				rs.getObject("place_id", UUID.class), remainder(rs.getString("remainder")));
	}

	private @Nullable ObjectNode remainder(@Nullable String text) {
		if (text == null) {
			return null;
		}
		JsonNode node = this.json.readTree(text);
		return node.isObject() ? (ObjectNode) node : null;
	}

	static UUID[] array(Collection<UUID> ids) {
		return ids.toArray(new UUID[0]);
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
