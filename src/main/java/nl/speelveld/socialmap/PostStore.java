package nl.speelveld.socialmap;

import java.util.List;
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
	 * One page of {@link #reaching(AreaCode, List)}, in the same order, and how many there are in all. The page is
	 * chosen and counted on the posts' own columns (a gemeente is reached by thousands of posts); only its rows
	 * are joined with their organisation, professional and areas.
	 */
	Page reaching(AreaCode area, List<AreaCode> parents, long offset, int limit) {
		int[] total = { 0 };
		List<Post> posts = withReachParameters(this.jdbc.sql(PAGE), area, parents).param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> {
				total[0] = rs.getInt("total");
				return PostRows.post(rs);
			})
			.list();
		if (posts.isEmpty() && offset > 0) {
			// Past the last page no row carries the count.
			total[0] = countReaching(area, parents);
		}
		return new Page(posts, total[0]);
	}

	/** Posts of one page and the number of posts on all pages. */
	record Page(List<Post> posts, int total) {
	}

	int countReaching(AreaCode area, List<AreaCode> parents) {
		return withReachParameters(this.jdbc.sql("select count(*) from smap_post p where p.id in (" + REACHING + ") and "
				+ PostRows.CURRENT), area, parents)
			.query(Integer.class)
			.single();
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

	/** The count over all rows is taken before the page is cut out of them. */
	private static final String PAGE = """
			with chosen as (
			  select p.id, p.role_code, p.title, count(*) over () as total
			  from smap_post p
			  where p.id in (%s) and %s
			  order by p.role_code, p.title, p.id offset :offset limit :limit)
			%s, chosen.total
			from chosen join smap_post p on p.id = chosen.id
			%s
			order by chosen.role_code, chosen.title, chosen.id""".formatted(REACHING, PostRows.CURRENT,
			PostRows.COLUMNS, PostRows.JOINED);

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
