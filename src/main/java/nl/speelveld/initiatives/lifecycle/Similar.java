package nl.speelveld.initiatives.lifecycle;

import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.initiatives.InitiativeStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Initiatives like a new idea, close by: so that residents with the same plan can join forces instead of
 * competing for the same support. Alike means sharing words (Dutch stems, through the full-text index);
 * close means within {@value #KILOMETRES} km; both count, so a near match beats a far one of equal words.
 */
@Component
public class Similar {

	static final int KILOMETRES = 5;

	/** An initiative like the idea, with how far away it is. */
	public record SimilarInitiative(UUID id, String title, InitiativeStatus status, AreaCode area, double kilometres) {
	}

	private final JdbcClient jdbc;

	Similar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<SimilarInitiative> near(String text, double lat, double lon, @Nullable UUID except, int limit) {
		double latSpan = KILOMETRES / 110.57;
		double lonSpan = KILOMETRES / (111.32 * Math.cos(Math.toRadians(lat)));
		return this.jdbc.sql("""
				with wanted as (
					select to_tsquery('dutch', string_agg(quote_literal(lexeme), ' | ')) as query
					from unnest(to_tsvector('dutch', :text))),
				found as (
					select i.id, i.title, i.status, i.area_code, ts_rank(i.search, wanted.query) as rank,
						sqrt(power((i.lon - :lon) * 111.32 * cos(radians(:lat)), 2) + power((i.lat - :lat) * 110.57, 2)) as km
					from initiative i, wanted
					where i.search @@ wanted.query and i.lat between :lat - :latSpan and :lat + :latSpan
						and i.lon between :lon - :lonSpan and :lon + :lonSpan and i.status not in ('stopped', 'declined')
						and i.id <> :except)
				select id, title, status, area_code, km from found
				where rank >= 0.05 and km <= :km
				order by rank / (1 + km) desc, id
				limit :limit""")
			.param("text", text)
			.param("lat", lat)
			.param("lon", lon)
			.param("latSpan", latSpan)
			.param("lonSpan", lonSpan)
			.param("except", except == null ? new UUID(0, 0) : except)
			.param("km", (double) KILOMETRES)
			.param("limit", limit)
			.query((rs, n) -> new SimilarInitiative(rs.getObject(1, UUID.class), rs.getString(2),
					InitiativeStatus.byKey(rs.getString(3)).orElseThrow(), new AreaCode(rs.getString(4)), rs.getDouble(5)))
			.list();
	}

}
