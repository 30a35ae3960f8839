package nl.speelveld.socialmap;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/** An organisation on the social map: its public description, where it is and works, and how to reach it. */
public record Organisation(UUID id, String name, String type, String description, @Nullable String website,
		Contact contact, Address address, List<AreaCode> areas, @Nullable UUID owner, LocalDate lastConfirmed) {

	public OrganisationRef ref() {
		return new OrganisationRef(this.id, this.name, this.type);
	}

}
