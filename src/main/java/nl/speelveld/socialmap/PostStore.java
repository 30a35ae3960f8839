package nl.speelveld.socialmap;

import java.util.Collection;
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
		return reaching(area, parents, 0, Integer.MAX_VALUE);
	}

	/** One page of {@link #reaching(AreaCode, List)}, in the same order. */
	List<Post> reaching(AreaCode area, List<AreaCode> parents, int offset, int limit) {
		return withReachParameters(this.jdbc.sql(PostRows.SELECT + " where p.id in (" + REACHING + ") and "
				+ PostRows.CURRENT + " order by p.role_code, p.title, p.id offset :offset limit :limit"), area, parents)
			.param("offset", offset)
			.param("limit", limit)
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

	/** The social map's revision: raised by every change to posts, their areas or organisations (V10). */
	long revision() {
		return this.jdbc.sql("select revision from smap_revision").query(Long.class).single();
	}

	int countReaching(AreaCode area, List<AreaCode> parents) {
		return withReachParameters(this.jdbc.sql("select count(*) from smap_post p where p.id in (" + REACHING + ") and "
				+ PostRows.CURRENT), area, parents)
			.query(Integer.class)
			.single();
	}

	private static final String REACHING = """
			select a.post_id from smap_post_area a where a.area_code = :area
			union select a.post_id from smap_post_area a where a.area_code = any(:parents)
			union select a.post_id from smap_post_area a
			where a.area_key like :inside and a.area_code <> :area and (:villages or a.area_code not like 'KR%')""";

	private static JdbcClient.StatementSpec withReachParameters(JdbcClient.StatementSpec statement, AreaCode area,
			List<AreaCode> parents) {
		return statement.param("area", area.value())
			.param("parents", parents.stream().map(AreaCode::value).toArray(String[]::new))
			.param("inside", area.value().substring(2) + "%")
			.param("villages", area.level() == AreaLevel.GEMEENTE);
	}

}
