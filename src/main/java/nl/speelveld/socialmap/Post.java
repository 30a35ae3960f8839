package nl.speelveld.socialmap;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/**
 * A post: someone (or a team) in a role type, for an organisation, covering one or more areas, working on
 * focus themes, reachable through a contact channel, and confirmed as current on {@code lastConfirmed}.
 */
public record Post(UUID id, String roleCode, String title, OrganisationRef organisation,
		@Nullable ProfessionalRef professional, List<AreaCode> areas, List<String> focus, String availability,
		List<String> languages, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, Contact contact,
		@Nullable UUID owner, LocalDate lastConfirmed) {

	/** The name residents see: the professional's, or the post's title for a team or a vacancy. */
	public String name() {
		return this.professional != null ? this.professional.name() : this.title;
	}

}
