package nl.speelveld.socialmap;

import java.util.List;
import java.util.Set;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.InvalidLookup;
import nl.speelveld.socialmap.assets.AssetMap;
import nl.speelveld.socialmap.assets.NearbyPlaces;

import org.springframework.stereotype.Component;

/**
 * The asset map (ABCD) for other modules: places near a point, for an initiative that needs space, and the
 * public assets of an area. Everything here is public data: gifts of residents only when they made them
 * public, and then without anything about the person.
 */
@Component
public class Assets {

	public static final int MAX_RADIUS_METRES = 50_000;

	public static final int MAX_LIMIT = 500;

	private final NearbyPlaces nearby;

	private final AssetMap map;

	Assets(NearbyPlaces nearby, AssetMap map) {
		this.nearby = nearby;
		this.map = map;
	}

	/**
	 * The places within {@code radiusMetres} (1 to 50,000) of a WGS84 point, nearest first, at most
	 * {@code limit} (1 to 500).
	 */
	public List<NearbyPlace> placesNear(double lat, double lon, int radiusMetres, int limit) {
		if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
			throw new InvalidLookup("problem.area.bad-coordinates", String.valueOf(lat), String.valueOf(lon));
		}
		if (radiusMetres < 1 || radiusMetres > MAX_RADIUS_METRES || limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidLookup("problem.assets.bad-range", String.valueOf(MAX_RADIUS_METRES),
					String.valueOf(MAX_LIMIT));
		}
		return this.nearby.near(lat, lon, radiusMetres, limit);
	}

	/**
	 * The public assets of an area and its parts, category by category ({@link AssetCategory} keys; all
	 * categories when {@code categories} holds none of them), at most {@code limit}.
	 */
	public List<AssetSummary> publicAssetsIn(AreaCode area, Set<String> categories, int limit) {
		List<AssetSummary> assets = this.map.assets(area, categories);
		return assets.size() <= limit ? assets : List.copyOf(assets.subList(0, Math.max(0, limit)));
	}

}
