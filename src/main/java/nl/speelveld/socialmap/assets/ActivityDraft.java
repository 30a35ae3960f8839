package nl.speelveld.socialmap.assets;

import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/** An activity as it is about to be saved, checked; without a place, its own position or postcode. */
record ActivityDraft(String name, String description, String schedule, @Nullable UUID place,
		@Nullable UUID organisation, @Nullable String postcode, @Nullable Double lat, @Nullable Double lon,
		AreaCode area) {
}
