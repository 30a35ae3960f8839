package nl.speelveld.socialmap.assets;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Activities and gifts for tests, written straight into the tables. */
@Component
public class AssetsFixture {

	private final JdbcClient jdbc;

	AssetsFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID activity(String name, String area, double lat, double lon, @Nullable UUID owner) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into smap_activity (id, name, schedule, lat, lon, area_code, owner_id)
				values (?, ?, 'elke dinsdag 10-12 uur', ?, ?, ?, ?)""")
			.params(id, name, lat, lon, area, owner)
			.update();
		return id;
	}

	public UUID gift(UUID user, String text, String area, boolean toEveryone) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into smap_gift (id, user_id, text, kind, area_code, visibility, consented_at)
				values (?, ?, ?, 'gave', ?, ?, now())""")
			.params(id, user, text, area, toEveryone ? "public" : "professionals")
			.update();
		return id;
	}

	public boolean giftExists(UUID id) {
		return this.jdbc.sql("select exists (select 1 from smap_gift where id = ?)").param(id).query(Boolean.class).single();
	}

	/** The gifts of a person, as rows of text and visibility. */
	public List<String> giftsOf(UUID user) {
		return this.jdbc.sql("select text || ' ' || visibility || ' ' || area_code from smap_gift where user_id = ?")
			.param(user)
			.query(String.class)
			.list();
	}

	/** The areas of demo gifts that only professionals see. */
	public List<String> demoAreasWithGiftsForProfessionals() {
		return this.jdbc.sql("""
				select distinct g.area_code from smap_gift g join acc_user u on u.id = g.user_id
				where u.email like 'demo-bewoner-%' and g.visibility = 'professionals' order by g.area_code""")
			.query(String.class)
			.list();
	}

}
