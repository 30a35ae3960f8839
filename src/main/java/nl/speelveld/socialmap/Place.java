package nl.speelveld.socialmap;

import java.time.LocalDate;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/**
 * A place in the neighbourhood where people meet or can go: a buurthuis, library, sports hall, dorpshuis.
 * {@code area} is the finest area the place lies in, found from its position.
 */
public record Place(UUID id, String kind, String name, String description, @Nullable OrganisationRef organisation,
		Address address, @Nullable Double lat, @Nullable Double lon, @Nullable AreaCode area, String openingHours,
		String accessibility, @Nullable Boolean wheelchairAccessible, @Nullable UUID owner, LocalDate lastConfirmed) {

	public boolean hasPosition() {
		return this.lat != null && this.lon != null;
	}

}
