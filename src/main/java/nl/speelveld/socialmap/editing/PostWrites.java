package nl.speelveld.socialmap.editing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Saves posts and their coverage. Saving confirms: the post's data counts as current from today. */
@Repository
class PostWrites {

	private final JdbcClient jdbc;

	PostWrites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insert(PostDraft post, @Nullable UUID professional, @Nullable UUID owner) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into smap_post (id, role_code, organisation_id, professional_id, title, focus, availability, languages,
				                       starts_on, ends_on, contact_email, contact_phone, contact_url, owner_id, last_confirmed)
				values (:id, :role, :organisation, :professional, :title, :focus, :availability, :languages,
				        :starts, :ends, :email, :phone, :url, :owner, current_date)""")
			.params(values(post))
			.param("id", id)
			.param("professional", professional)
			.param("owner", owner)
			.update();
		setAreas(id, post.areas());
		return id;
	}

	void update(UUID id, PostDraft post, @Nullable UUID professional) {
		this.jdbc.sql("""
				update smap_post set role_code = :role, organisation_id = :organisation, professional_id = :professional,
				  title = :title, focus = :focus, availability = :availability, languages = :languages, starts_on = :starts,
				  ends_on = :ends, contact_email = :email, contact_phone = :phone, contact_url = :url,
				  last_confirmed = current_date, updated_at = now()
				where id = :id""")
			.params(values(post))
			.param("id", id)
			.param("professional", professional)
			.update();
		setAreas(id, post.areas());
	}

	/** Ends the post with {@code lastDay} as its last day; a start after that day moves back to it. */
	void end(UUID id, LocalDate lastDay) {
		this.jdbc.sql("""
				update smap_post set ends_on = :day, starts_on = case when starts_on > :day then :day else starts_on end,
				  updated_at = now()
				where id = :id""")
			.param("day", lastDay)
			.param("id", id)
			.update();
	}

	void setOwner(UUID id, UUID owner) {
		this.jdbc.sql("update smap_post set owner_id = ? where id = ?").params(owner, id).update();
	}

	/**
	 * The post with this natural key: the same organisation, role, title (in any letter case) and areas. An
	 * import that meets it again updates it instead of adding a second one.
	 */
	Optional<UUID> withKey(UUID organisation, String role, String title, List<AreaCode> areas) {
		return this.jdbc.sql("""
				select p.id from smap_post p
				where p.organisation_id = :organisation and p.role_code = :role and lower(p.title) = lower(:title)
				  and array(select a.area_code::text from smap_post_area a where a.post_id = p.id order by a.area_code)
				      = cast(:areas as text[])
				order by p.created_at limit 1""")
			.param("organisation", organisation)
			.param("role", role)
			.param("title", title)
			.param("areas", areas.stream().map(AreaCode::value).sorted().toArray(String[]::new))
			.query(UUID.class)
			.optional();
	}

	/**
	 * The posts someone holds through their work profile, then those they answer for, current ones before
	 * ended ones; at most {@code limit}, as a coordinator may answer for thousands of imported posts.
	 */
	List<UUID> ofPerson(UUID user, int limit) {
		return this.jdbc.sql("""
				select p.id from smap_post p left join smap_professional pr on pr.id = p.professional_id
				where p.owner_id = :user or pr.user_id = :user
				order by pr.user_id is distinct from :user, p.ends_on is not null and p.ends_on < current_date,
				         lower(p.title)
				limit :limit""")
			.param("user", user)
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	long countOfPerson(UUID user) {
		return this.jdbc.sql("""
				select count(*) from smap_post p left join smap_professional pr on pr.id = p.professional_id
				where p.owner_id = :user or pr.user_id = :user""")
			.param("user", user)
			.query(Long.class)
			.single();
	}

	private void setAreas(UUID post, List<AreaCode> areas) {
		this.jdbc.sql("delete from smap_post_area where post_id = ?").param(post).update();
		for (AreaCode area : areas) {
			this.jdbc.sql("insert into smap_post_area (post_id, area_code) values (?, ?)").params(post, area.value()).update();
		}
	}

	private static Map<String, @Nullable Object> values(PostDraft post) {
		Map<String, @Nullable Object> values = new HashMap<>();
		values.put("role", post.roleCode());
		values.put("organisation", post.organisation());
		values.put("title", post.title());
		values.put("focus", post.focus().toArray(String[]::new));
		values.put("availability", post.availability());
		values.put("languages", post.languages().toArray(String[]::new));
		values.put("starts", post.startsOn());
		values.put("ends", post.endsOn());
		values.put("email", post.email());
		values.put("phone", post.phone());
		values.put("url", post.website());
		return values;
	}

}
