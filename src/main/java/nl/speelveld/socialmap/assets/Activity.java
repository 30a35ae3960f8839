package nl.speelveld.socialmap.assets;

import java.time.LocalDate;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.OrganisationRef;
import org.jspecify.annotations.Nullable;

/**
 * Something that happens in the neighbourhood, regularly or now and then: a koffieochtend, a walking group,
 * a repair café. {@code schedule} is free text such as elke dinsdag 10-12 uur. With a place it lies where
 * the place lies.
 */
public record Activity(UUID id, String name, String description, String schedule, @Nullable PlaceRef place,
		@Nullable OrganisationRef organisation, @Nullable String postcode, @Nullable Double lat, @Nullable Double lon,
		AreaCode area, @Nullable UUID owner, LocalDate lastConfirmed) {

	/** The place an activity happens at: enough to name and link it. */
	public record PlaceRef(UUID id, String name) {
	}

	public boolean hasPosition() {
		return this.lat != null && this.lon != null;
	}

}
