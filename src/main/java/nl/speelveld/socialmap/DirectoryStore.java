package nl.speelveld.socialmap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads organisations, professionals, services and places. */
@Repository
class DirectoryStore {

	private static final String ORGANISATION = """
			select o.*, array(select a.area_code from smap_organisation_area a where a.organisation_id = o.id
			                  order by a.area_code) as areas
			from smap_organisation o""";

	private static final String SERVICE = """
			select s.*, o.name as organisation_name, o.type as organisation_type,
			       array(select a.area_code from smap_service_area a where a.service_id = s.id order by a.area_code) as areas,
			       array(select sp.place_id::text from smap_service_place sp where sp.service_id = s.id) as places
			from smap_service s join smap_organisation o on o.id = s.organisation_id""";

	private static final String PLACE = """
			select pl.*, o.name as organisation_name, o.type as organisation_type
			from smap_place pl left join smap_organisation o on o.id = pl.organisation_id""";

	private final JdbcClient jdbc;

	DirectoryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Organisation> organisation(UUID id) {
		return this.jdbc.sql(ORGANISATION + " where o.id = ?").param(id).query((rs, n) -> organisation(rs)).optional();
	}

	Optional<Professional> professional(UUID id) {
		return this.jdbc.sql("select id, display_name, about, user_id from smap_professional where id = ?")
			.param(id)
			.query((rs, n) -> new Professional(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, UUID.class)))
			.optional();
	}

	Optional<Professional> professionalOf(UUID user) {
		return this.jdbc.sql("select id, display_name, about, user_id from smap_professional where user_id = ?")
			.param(user)
			.query((rs, n) -> new Professional(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, UUID.class)))
			.optional();
	}

	List<ServiceOffer> servicesOf(UUID organisation) {
		return this.jdbc.sql(SERVICE + " where s.organisation_id = ? order by lower(s.name)")
			.param(organisation)
			.query((rs, n) -> service(rs))
			.list();
	}

	List<ServiceOffer> servicesAt(UUID place) {
		return this.jdbc.sql(SERVICE + " where s.id in (select service_id from smap_service_place where place_id = ?)"
				+ " order by lower(s.name)")
			.param(place)
			.query((rs, n) -> service(rs))
			.list();
	}

	Optional<Place> place(UUID id) {
		return this.jdbc.sql(PLACE + " where pl.id = ?").param(id).query((rs, n) -> place(rs)).optional();
	}

	List<Place> placesOf(UUID organisation) {
		return this.jdbc.sql(PLACE + " where pl.organisation_id = ? order by lower(pl.name)")
			.param(organisation)
			.query((rs, n) -> place(rs))
			.list();
	}

	/** The places in an area and everything inside it, by code prefix (see V5__socialmap.sql). */
	List<Place> placesIn(AreaCode area, int limit) {
		return this.jdbc.sql(PLACE + " where pl.area_key like ? order by pl.kind, lower(pl.name) limit ?")
			.params(area.value().substring(2) + "%", limit)
			.query((rs, n) -> place(rs))
			.list();
	}

	/** Organisations working in the area, around it or in a part of it, optionally of one type. */
	List<Organisation> organisationsIn(AreaCode area, List<AreaCode> parents, @Nullable String type, int limit) {
		return organisationsIn(area, parents, type, null, limit);
	}

	/** As above, and only those whose name contains {@code named}, in any case, when it is given. */
	List<Organisation> organisationsIn(AreaCode area, List<AreaCode> parents, @Nullable String type,
			@Nullable String named, int limit) {
		String pattern = named == null || named.isBlank() ? null
				: "%" + named.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc.sql(ORGANISATION + " " + """
				 where o.id in (select a.organisation_id from smap_organisation_area a
				                where a.area_code = :area or a.area_code = any(:parents) or substr(a.area_code, 3) like :inside)
				   and (cast(:type as text) is null or o.type = :type)
				   and (cast(:named as text) is null or o.name ilike :named)
				 order by lower(o.name) limit :limit""")
			.param("area", area.value())
			.param("parents", parents.stream().map(AreaCode::value).toArray(String[]::new))
			.param("inside", area.value().substring(2) + "%")
			.param("type", type)
			.param("named", pattern)
			.param("limit", limit)
			.query((rs, n) -> organisation(rs))
			.list();
	}

	private static Organisation organisation(ResultSet rs) throws SQLException {
		return new Organisation(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("type"),
				rs.getString("description"), rs.getString("website"),
				new Contact(rs.getString("email"), rs.getString("phone"), rs.getString("website")), address(rs),
				codes(rs), rs.getObject("owner_id", UUID.class), rs.getObject("last_confirmed", LocalDate.class));
	}

	private static ServiceOffer service(ResultSet rs) throws SQLException {
		return new ServiceOffer(rs.getObject("id", UUID.class),
				new OrganisationRef(rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
						rs.getString("organisation_type")),
				rs.getString("name"), rs.getString("description"), rs.getString("audience"),
				PostRows.strings(rs.getArray("focus")),
				new Contact(rs.getString("email"), rs.getString("phone"), rs.getString("url")), codes(rs),
				PostRows.strings(rs.getArray("places")).stream().map(UUID::fromString).toList(),
				rs.getObject("last_confirmed", LocalDate.class));
	}

	private static Place place(ResultSet rs) throws SQLException {
		UUID organisation = rs.getObject("organisation_id", UUID.class);
		String area = rs.getString("area_code");
		return new Place(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("name"),
				rs.getString("description"),
				organisation == null ? null
						: new OrganisationRef(organisation, rs.getString("organisation_name"),
								rs.getString("organisation_type")),
				address(rs), rs.getObject("lat", Double.class), rs.getObject("lon", Double.class),
				area == null ? null : new AreaCode(area), rs.getString("opening_hours"), rs.getString("accessibility"),
				rs.getObject("wheelchair_accessible", Boolean.class), rs.getObject("owner_id", UUID.class),
				rs.getObject("last_confirmed", LocalDate.class));
	}

	private static Address address(ResultSet rs) throws SQLException {
		return new Address(rs.getString("street"), rs.getString("postcode"), rs.getString("city"));
	}

	private static List<AreaCode> codes(ResultSet rs) throws SQLException {
		return PostRows.strings(rs.getArray("areas")).stream().map(AreaCode::new).toList();
	}

}
