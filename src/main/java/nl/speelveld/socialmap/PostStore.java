package nl.speelveld.socialmap;

import java.sql.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

	/**
	 * The ids of {@link #reaching(AreaCode, List)} in the same order, the posts of one page of them, and the
	 * version of the social map they were read at: one statement, so that all come from the same snapshot. Only
	 * the posts' own columns are read for the order, however many posts reach the area; the ids come with the
	 * first row only (or the one row of an empty page).
	 */
	OrderedPage orderedReaching(AreaCode area, List<AreaCode> parents, long offset, int limit) {
		List<UUID> ids = new ArrayList<>();
		List<Post> posts = new ArrayList<>();
		Version[] version = new Version[1];
		withReachParameters(this.jdbc.sql(ORDERED_PAGE), area, parents).param("offset", offset)
			.param("limit", limit)
			.query(rs -> {
				version[0] = new Version(rs.getLong("revision"), rs.getObject("today", LocalDate.class));
				Array order = rs.getArray("ids");
				if (order != null) {
					ids.addAll(Arrays.asList((UUID[]) order.getArray()));
				}
				if (rs.getObject("id") != null) {
					posts.add(PostRows.post(rs));
				}
			});
		return new OrderedPage(new Ordered(version[0], List.copyOf(ids)), posts);
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

	record OrderedPage(Ordered ordered, List<Post> posts) {
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

	/** The order is numbered, and its page joined with the rest of each post, in one statement. */
	private static final String ORDERED_PAGE = """
			with reached as materialized (
			  select p.id, row_number() over (order by p.role_code, p.title, p.id) as n
			  from smap_post p
			  where p.id in (%s) and %s)
			select r.revision, current_date as today,
			       case when shown.n is null or shown.n = :offset + 1
			            then coalesce((select array_agg(reached.id order by reached.n) from reached), '{}') end as ids,
			       shown.*
			from smap_revision r
			left join (
			  select reached.n, posts.* from reached join (%s) posts on posts.id = reached.id
			  where reached.n > :offset and reached.n <= :offset + :limit) shown on true
			order by shown.n""".formatted(REACHING, PostRows.CURRENT, PostRows.SELECT);

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
