package nl.speelveld.areas;

import org.jspecify.annotations.Nullable;

/**
 * A search hit for what someone typed in the place search: an area by name, or a town (woonplaats) that
 * leads to the area it lies in. {@code via} names the town when the hit came from one.
 */
public record PlaceMatch(AreaSummary area, @Nullable AreaSummary parent, @Nullable String via) {
}
