package nl.speelveld.socialmap.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the social map keeps about a person: their work profile and the entries they answer for. Erasure
 * removes the profile and them as owner everywhere. A post they held stays on the map as a vacancy: without
 * their name, and without the e-mail address and phone number that reached them.
 */
@Component
class SocialMapPersonalData implements PersonalDataHolder {

	/** Per table, the rows of one person; {@code :user} is their account id. */
	private static final Map<String, String> ROWS = new LinkedHashMap<>();

	static {
		ROWS.put("smap_professional", "select id, display_name, about, created_at, updated_at from smap_professional"
				+ " where user_id = :user");
		ROWS.put("smap_post", """
				select p.id, p.role_code, p.title, p.organisation_id, p.starts_on, p.ends_on, p.contact_email,
				       p.contact_phone, p.contact_url, p.owner_id = :user as you_answer_for_it,
				       pr.user_id is not null as you_hold_it, p.last_confirmed
				from smap_post p left join smap_professional pr on pr.id = p.professional_id and pr.user_id = :user
				where p.owner_id = :user or pr.user_id = :user""");
		ROWS.put("smap_organisation", "select id, name, type, last_confirmed from smap_organisation where owner_id = :user");
		ROWS.put("smap_place", "select id, name, kind, area_code, last_confirmed from smap_place where owner_id = :user");
		ROWS.put("smap_service", "select id, name, organisation_id, last_confirmed from smap_service where owner_id = :user");
	}

	private final JdbcClient jdbc;

	SocialMapPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "socialMap";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		return PersonalDataHolder.rows(this.jdbc, ROWS, Map.of("user", user.value()));
	}

	@Override
	public void erase(UserId user) {
		this.jdbc.sql("""
				update smap_post set contact_email = null, contact_phone = null, professional_id = null, updated_at = now()
				where professional_id in (select id from smap_professional where user_id = ?)""")
			.param(user.value())
			.update();
		this.jdbc.sql("delete from smap_professional where user_id = ?").param(user.value()).update();
		for (String table : List.of("smap_post", "smap_organisation", "smap_place", "smap_service")) {
			this.jdbc.sql("update " + table + " set owner_id = null where owner_id = ?").param(user.value()).update();
		}
	}

}
