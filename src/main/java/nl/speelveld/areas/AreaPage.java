package nl.speelveld.areas;

import java.util.List;

/** One page of a list of areas; {@code total} counts all matching areas, not just this page. */
public record AreaPage(List<AreaSummary> items, long total, int page, int size) {
}
