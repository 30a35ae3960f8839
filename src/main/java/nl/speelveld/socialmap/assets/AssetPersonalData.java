package nl.speelveld.socialmap.assets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the asset map keeps about a person: their gifts, and the activities they answer for. A resident's
 * gifts are theirs: all of them are in the download and none is left after erasure. Activities stay on the
 * map without them as owner, like places.
 */
@Component
class AssetPersonalData implements PersonalDataHolder {

	/** Per table, the rows of one person. */
	private static final Map<String, String> ROWS = new LinkedHashMap<>();

	static {
		ROWS.put("smap_gift", "select id, text, kind, area_code, visibility, consented_at, created_at from smap_gift"
				+ " where user_id = :user order by created_at");
		ROWS.put("smap_activity", "select id, name, schedule, area_code, last_confirmed from smap_activity"
				+ " where owner_id = :user order by created_at");
	}

	private final JdbcClient jdbc;

	private final GiftStore gifts;

	AssetPersonalData(JdbcClient jdbc, GiftStore gifts) {
		this.jdbc = jdbc;
		this.gifts = gifts;
	}

	@Override
	public String section() {
		return "assets";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		return PersonalDataHolder.rows(this.jdbc, ROWS, Map.of("user", user.value()));
	}

	@Override
	public void erase(UserId user) {
		this.gifts.deleteAllOf(user.value());
		this.jdbc.sql("update smap_activity set owner_id = null where owner_id = ?").param(user.value()).update();
	}

}
