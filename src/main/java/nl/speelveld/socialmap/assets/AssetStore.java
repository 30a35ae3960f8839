package nl.speelveld.socialmap.assets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.NearbyPlace;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queries of the asset map that the social map's own stores do not answer: positions and distances. */
@Repository
class AssetStore {

	/** Metres per degree of latitude, near enough everywhere in the Netherlands. */
	private static final double METRES_PER_DEGREE = 111_320;

	private final JdbcClient jdbc;

	AssetStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Where organisations are, as far as the map knows: at one of their places inside the area. Organisations
	 * without such a place have no position here.
	 */
	Map<UUID, double[]> organisationPositions(List<UUID> organisations, AreaCode area) {
		Map<UUID, double[]> positions = new HashMap<>();
		if (organisations.isEmpty()) {
			return positions;
		}
		this.jdbc.sql("""
				select distinct on (organisation_id) organisation_id, lat, lon from smap_place
				where organisation_id = any(?) and area_key like ? and lat is not null and lon is not null
				order by organisation_id, created_at, id""")
			.params(organisations.toArray(UUID[]::new), area.value().substring(2) + "%")
			.query(rs -> {
				positions.put(rs.getObject("organisation_id", UUID.class),
						new double[] { rs.getDouble("lat"), rs.getDouble("lon") });
			});
		return positions;
	}

	/**
	 * Places within {@code radius} metres, nearest first. A box around the point narrows them down on the
	 * position index; the exact (haversine) distance then decides.
	 */
	List<NearbyPlace> placesNear(double lat, double lon, int radius, int limit) {
		double dLat = radius / METRES_PER_DEGREE;
		double dLon = radius / (METRES_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(lat))));
		return this.jdbc.sql("""
				select id, name, kind, area_code, distance from (
				  select id, name, kind, area_code,
				         2 * 6371008.8 * asin(sqrt(power(sin(radians(lat - :lat) / 2), 2)
				           + cos(radians(:lat)) * cos(radians(lat)) * power(sin(radians(lon - :lon) / 2), 2))) as distance
				  from smap_place
				  where lat is not null and lon is not null
				    and lat between :minLat and :maxLat and lon between :minLon and :maxLon) near
				where distance <= :radius
				order by distance, id limit :limit""")
			.param("lat", lat)
			.param("lon", lon)
			.param("minLat", lat - dLat)
			.param("maxLat", lat + dLat)
			.param("minLon", lon - dLon)
			.param("maxLon", lon + dLon)
			.param("radius", (double) radius)
			.param("limit", limit)
			.query((rs, n) -> {
				String area = rs.getString("area_code");
				return new NearbyPlace(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("kind"),
						(int) Math.round(rs.getDouble("distance")), area == null ? null : new AreaCode(area));
			})
			.list();
	}

}
