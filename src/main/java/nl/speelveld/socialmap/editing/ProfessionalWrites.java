package nl.speelveld.socialmap.editing;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Saves work profiles: a professional's own, linked to their account, and the name-only profiles that a
 * coordinator or an import gives to a post held by someone without an account.
 */
@Repository
class ProfessionalWrites {

	private final JdbcClient jdbc;

	ProfessionalWrites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID create(@Nullable UUID user, String name, String about) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into smap_professional (id, display_name, about, user_id) values (?, ?, ?, ?)")
			.params(id, name, about, user)
			.update();
		return id;
	}

	void update(UUID id, String name, String about) {
		this.jdbc.sql("update smap_professional set display_name = ?, about = ?, updated_at = now() where id = ?")
			.params(name, about, id)
			.update();
	}

	/**
	 * The name-only profile to show as holder of a post of {@code organisation}: the post's current one when
	 * it has this name, else one of that name that already holds a post there, else a new one. So importing
	 * the same file twice makes no second profile for the same person.
	 */
	UUID holderNamed(String name, UUID organisation, @Nullable UUID current) {
		if (current != null && this.jdbc
			.sql("select count(*) from smap_professional where id = ? and user_id is null and display_name = ?")
			.params(current, name)
			.query(Long.class)
			.single() > 0) {
			return current;
		}
		Optional<UUID> known = this.jdbc.sql("""
				select pr.id from smap_professional pr join smap_post p on p.professional_id = pr.id
				where pr.user_id is null and pr.display_name = ? and p.organisation_id = ?
				order by pr.created_at limit 1""")
			.params(name, organisation)
			.query(UUID.class)
			.optional();
		return known.orElseGet(() -> create(null, name, ""));
	}

}
