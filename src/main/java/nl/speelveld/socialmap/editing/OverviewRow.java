package nl.speelveld.socialmap.editing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry in the coordinator's overview: its name (for a post held by someone, also its title), what it is ({@code detail}: a role, an organisation
 * type, a kind of place, the organisation of a service), the organisation, its areas and when it was last
 * confirmed. {@code ended} is set for a post past its last day.
 */
public record OverviewRow(UUID id, String name, @Nullable String title, String detail, @Nullable String organisation,
		List<String> areas,
		LocalDate lastConfirmed, boolean ended) {
}
