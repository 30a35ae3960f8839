package nl.speelveld.areas;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where a point or postcode lies in one year: always a gemeente, a wijk and buurt where that year has
 * them. The three are consistent: the buurt lies in the wijk, the wijk in the gemeente.
 */
public record AreaLookup(int year, AreaSummary gemeente, @Nullable AreaSummary wijk, @Nullable AreaSummary buurt) {

	/** The smallest area found: the buurt, else the wijk, else the gemeente. */
	public AreaSummary finest() {
		return Optional.ofNullable(this.buurt).or(() -> Optional.ofNullable(this.wijk)).orElse(this.gemeente);
	}

	/** Whether what was looked up lies in {@code area}: its gemeente, wijk or buurt. */
	public boolean liesIn(AreaCode area) {
		return area.equals(this.gemeente.code()) || (this.wijk != null && area.equals(this.wijk.code()))
				|| (this.buurt != null && area.equals(this.buurt.code()));
	}

}
