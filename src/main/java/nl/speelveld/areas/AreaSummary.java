package nl.speelveld.areas;

import org.jspecify.annotations.Nullable;

/** An area as lists and lookups show it: code, name, level, year and the code of its parent. */
public record AreaSummary(AreaCode code, String name, AreaLevel level, int year, @Nullable AreaCode parent) {
}
