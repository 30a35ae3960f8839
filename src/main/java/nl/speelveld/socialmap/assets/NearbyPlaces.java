package nl.speelveld.socialmap.assets;

import java.util.List;

import nl.speelveld.socialmap.NearbyPlace;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Places near a point, for the {@link nl.speelveld.socialmap.Assets} facade. */
@Component
public class NearbyPlaces {

	private final AssetStore store;

	NearbyPlaces(AssetStore store) {
		this.store = store;
	}

	@Transactional(readOnly = true)
	public List<NearbyPlace> near(double lat, double lon, int radiusMetres, int limit) {
		return this.store.placesNear(lat, lon, radiusMetres, limit);
	}

}
