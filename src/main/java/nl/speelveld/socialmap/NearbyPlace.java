package nl.speelveld.socialmap;

import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/** A place near a point, with its distance in metres: for an initiative that looks for space. */
public record NearbyPlace(UUID id, String name, String kind, int distanceMetres, @Nullable AreaCode area) {

	public String url() {
		return "/plekken/" + this.id;
	}

}
