package nl.speelveld.socialmap;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads posts: by id, by organisation, by professional, and all posts reaching an area. */
@Repository
class PostStore {

	private final JdbcClient jdbc;

	PostStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Post> byId(UUID id) {
		return this.jdbc.sql(PostRows.SELECT + " where p.id = ?").param(id).query((rs, n) -> PostRows.post(rs)).optional();
	}

	List<Post> ofOrganisation(UUID organisation) {
		return this.jdbc.sql(PostRows.SELECT + " where p.organisation_id = ? and " + PostRows.CURRENT
				+ " order by p.role_code, p.title")
			.param(organisation)
			.query((rs, n) -> PostRows.post(rs))
			.list();
	}

	List<Post> ofProfessional(UUID professional) {
		return this.jdbc.sql(PostRows.SELECT + " where p.professional_id = ? and " + PostRows.CURRENT
				+ " order by p.role_code, p.title")
			.param(professional)
			.query((rs, n) -> PostRows.post(rs))
			.list();
	}

	/** Every post the account answers for, as owner or through its work profile; ended posts too. */
	List<Post> heldBy(UUID user) {
		return this.jdbc.sql(PostRows.SELECT + " where p.owner_id = :user or pr.user_id = :user order by p.role_code, p.title")
			.param("user", user)
			.query((rs, n) -> PostRows.post(rs))
			.list();
	}

	/**
	 * The current posts whose coverage includes {@code area} itself, one of {@code parents}, or an area
	 * inside it (by code prefix), each way found through its own index. Village codes share their digits
	 * with wijk codes but do not nest in wijken, so they count as parts of a gemeente only.
	 */
	List<Post> reaching(AreaCode area, List<AreaCode> parents) {
		return withReachParameters(this.jdbc.sql(PostRows.SELECT + " where p.id in (" + REACHING + ") and "
				+ PostRows.CURRENT + " order by p.role_code, p.title, p.id"), area, parents)
			.query((rs, n) -> PostRows.post(rs))
			.list();
	}

	/** The posts of {@link #reaching(AreaCode, List)} in one of {@code roles}: a few roles rather than all posts. */
	List<Post> reaching(AreaCode area, List<AreaCode> parents, Collection<String> roles) {
		return withReachParameters(this.jdbc.sql(PostRows.SELECT + " where p.id in (" + REACHING + ") and "
				+ "p.role_code = any(:roles) and " + PostRows.CURRENT + " order by p.role_code, p.title, p.id"), area, parents)
			.param("roles", roles.toArray(String[]::new))
			.query((rs, n) -> PostRows.post(rs))
			.list();
	}

	/**
	 * The ids of {@link #reaching(AreaCode, List)}, in the same order, with the version of the social map they
	 * were read at: one statement, so that both come from the same snapshot. Only the posts' own columns are
	 * read, however many posts reach the area.
	 */
	Ordered orderedReaching(AreaCode area, List<AreaCode> parents) {
		return withReachParameters(this.jdbc.sql("""
				select r.revision, current_date as today,
				       array(select p.id from smap_post p where p.id in (%s) and %s
				             order by p.role_code, p.title, p.id) as ids
				from smap_revision r""".formatted(REACHING, PostRows.CURRENT)), area, parents)
			.query((rs, n) -> new Ordered(new Version(rs.getLong("revision"), rs.getObject("today", LocalDate.class)),
					List.of((UUID[]) rs.getArray("ids").getArray())))
			.single();
	}

	/**
	 * What the current posts depend on: the social map's revision, raised by every change to posts, their areas
	 * or organisations (see V10__socialmap_revision.sql), and the day, as posts start and end by the day.
	 */
	Version version() {
		return this.jdbc.sql("select revision, current_date as today from smap_revision")
			.query((rs, n) -> new Version(rs.getLong("revision"), rs.getObject("today", LocalDate.class)))
			.single();
	}

	/**
	 * The posts with these ids, in the order of {@code ids}, and the version of the social map they were read at
	 * (in the same statement): a post that is gone is left out, and then the version has moved.
	 */
	Rows byIds(List<UUID> ids) {
		List<Read> read = ids.isEmpty() ? List.of() : this.jdbc.sql("""
				select (select revision from smap_revision) as revision, current_date as today, posts.*
				from (%s where p.id = any(cast(:ids as uuid[]))) posts""".formatted(PostRows.SELECT))
			.param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, n) -> new Read(PostRows.post(rs),
					new Version(rs.getLong("revision"), rs.getObject("today", LocalDate.class))))
			.list();
		if (read.isEmpty()) {
			return new Rows(List.of(), version());
		}
		Map<UUID, Post> found = new HashMap<>();
		read.forEach(row -> found.put(row.post().id(), row.post()));
		return new Rows(ids.stream().map(found::get).filter(Objects::nonNull).toList(), read.get(0).version());
	}

	private record Read(Post post, Version version) {
	}

	record Rows(List<Post> posts, Version version) {
	}

	record Version(long revision, LocalDate day) {
	}

	record Ordered(Version version, List<UUID> ids) {
	}

	/**
	 * The areas inside are those whose key starts with the area's digits, asked as a range of keys rather than
	 * with like: a prepared statement's generic plan cannot turn like with a parameter into an index range,
	 * and would read every row of smap_post_area instead.
	 */
	private static final String REACHING = """
			select a.post_id from smap_post_area a where a.area_code = :area
			union select a.post_id from smap_post_area a where a.area_code = any(:parents)
			union select a.post_id from smap_post_area a
			where a.area_key ~>=~ :inside and a.area_key ~<~ :beyond and a.area_code <> :area
			  and (:villages or a.area_code not like 'KR%')""";

	private static JdbcClient.StatementSpec withReachParameters(JdbcClient.StatementSpec statement, AreaCode area,
			List<AreaCode> parents) {
		String key = area.value().substring(2);
		return statement.param("area", area.value())
			.param("parents", parents.stream().map(AreaCode::value).toArray(String[]::new))
			.param("inside", key)
			// the first key after all that start with the area's own: its last character raised by one
			.param("beyond", key.substring(0, key.length() - 1) + (char) (key.charAt(key.length() - 1) + 1))
			.param("villages", area.level() == AreaLevel.GEMEENTE);
	}

}
