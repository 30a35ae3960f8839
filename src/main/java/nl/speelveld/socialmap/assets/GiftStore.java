package nl.speelveld.socialmap.assets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The gifts of residents. Withdrawing deletes: nothing of a withdrawn gift stays behind. */
@Repository
class GiftStore {

	private static final String SELECT = "select id, user_id, text, kind, area_code, visibility, consented_at, created_at"
			+ " from smap_gift";

	private final JdbcClient jdbc;

	GiftStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insert(UUID user, String text, String kind, AreaCode area, String visibility) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into smap_gift (id, user_id, text, kind, area_code, visibility, consented_at)
				values (?, ?, ?, ?, ?, ?, now())""")
			.params(id, user, text, kind, area.value(), visibility)
			.update();
		return id;
	}

	Optional<Gift> find(UUID id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query((rs, n) -> gift(rs)).optional();
	}

	List<Gift> of(UUID user) {
		return this.jdbc.sql(SELECT + " where user_id = ? order by created_at desc")
			.param(user)
			.query((rs, n) -> gift(rs))
			.list();
	}

	/** The gifts in an area and its parts; only the public ones unless {@code all}. */
	List<Gift> in(AreaCode area, boolean all, int limit) {
		return this.jdbc.sql(SELECT + " where area_key like ? and (? or visibility = 'public')"
				+ " order by created_at desc limit ?")
			.params(area.value().substring(2) + "%", all, limit)
			.query((rs, n) -> gift(rs))
			.list();
	}

	void show(UUID id, String visibility) {
		this.jdbc.sql("update smap_gift set visibility = ? where id = ?").params(visibility, id).update();
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from smap_gift where id = ?").param(id).update();
	}

	void deleteAllOf(UUID user) {
		this.jdbc.sql("delete from smap_gift where user_id = ?").param(user).update();
	}

	private static Gift gift(ResultSet rs) throws SQLException {
		return new Gift(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("text"),
				rs.getString("kind"), new AreaCode(rs.getString("area_code")), rs.getString("visibility"),
				instant(rs, "consented_at"), instant(rs, "created_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
