package nl.speelveld.socialmap.hsds;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The filters of the HSDS API lists. {@code within} (Speelveld's own) keeps entries in a CBS area or its
 * parts; {@code covering} (from a postcode) keeps entries whose areas include that place.
 */
public record HsdsFilter(@Nullable String search, @Nullable UUID taxonomyTermId, @Nullable UUID taxonomyId,
		@Nullable UUID organizationId, @Nullable Instant modifiedAfter, @Nullable String within,
		List<String> covering) {

	public static HsdsFilter none() {
		return new HsdsFilter(null, null, null, null, null, null, List.of());
	}

	public HsdsFilter within(String areaCode) {
		return new HsdsFilter(this.search, this.taxonomyTermId, this.taxonomyId, this.organizationId, this.modifiedAfter,
				areaCode, this.covering);
	}

}
