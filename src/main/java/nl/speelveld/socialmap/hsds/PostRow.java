package nl.speelveld.socialmap.hsds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A post: a role held at an organisation for some areas, by a professional (or vacant). HSDS has no posts,
 * so Speelveld publishes each as a service of its organisation.
 */
record PostRow(UUID id, String roleCode, UUID organisationId, @Nullable String professionalName, String title,
		List<String> focus, String availability, List<String> languages, @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn, @Nullable String contactEmail, @Nullable String contactPhone,
		@Nullable String contactUrl, List<String> areas, LocalDate lastConfirmed, Instant updatedAt) {

	/** Active from its first day until its last; a post that has not started or has ended is inactive. */
	boolean activeOn(LocalDate day) {
		return (this.startsOn == null || !day.isBefore(this.startsOn)) && (this.endsOn == null || !day.isAfter(this.endsOn));
	}

}
