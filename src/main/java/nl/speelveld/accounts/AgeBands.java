package nl.speelveld.accounts;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The optional age group of a person. Others read only counts per group for a set of accounts, never the group
 * of one person.
 */
@Component
public class AgeBands {

	private final JdbcClient jdbc;

	AgeBands(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AgeBand> of(UserId user) {
		return this.jdbc.sql("select band from acc_age_band where user_id = ?")
			.param(user.value())
			.query(String.class)
			.optional()
			.flatMap(AgeBand::fromKey);
	}

	/** Sets the person's age group, or forgets it when {@code band} is null. */
	public void set(UserId user, @Nullable AgeBand band) {
		if (band == null) {
			this.jdbc.sql("delete from acc_age_band where user_id = ?").param(user.value()).update();
			return;
		}
		this.jdbc.sql("""
				insert into acc_age_band (user_id, band) values (?, ?)
				on conflict (user_id) do update set band = excluded.band, set_at = now()""")
			.params(user.value(), band.key())
			.update();
	}

	/** How many of these accounts gave each age group; those who gave none are not counted. */
	public Map<AgeBand, Integer> count(Collection<UUID> accounts) {
		Map<AgeBand, Integer> counts = new EnumMap<>(AgeBand.class);
		for (AgeBand band : AgeBand.values()) {
			counts.put(band, 0);
		}
		if (accounts.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("select band, count(*) from acc_age_band where user_id = any(?) group by band")
			.param(accounts.toArray(UUID[]::new))
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.forEach(entry -> AgeBand.fromKey(entry.getKey()).ifPresent(band -> counts.put(band, entry.getValue())));
		return counts;
	}

	/** For the choice on the account page. */
	public static List<AgeBand> choices() {
		return List.of(AgeBand.values());
	}

}
