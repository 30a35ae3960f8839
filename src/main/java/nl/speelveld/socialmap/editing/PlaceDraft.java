package nl.speelveld.socialmap.editing;

import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/** A place as it is about to be saved, checked; {@code area} is the finest area it lies in. */
public record PlaceDraft(String kind, String name, String description, @Nullable UUID organisation,
		@Nullable String street, @Nullable String postcode, @Nullable String city, @Nullable Double lat,
		@Nullable Double lon, AreaCode area, String openingHours, String accessibility,
		@Nullable Boolean wheelchairAccessible) {
}
