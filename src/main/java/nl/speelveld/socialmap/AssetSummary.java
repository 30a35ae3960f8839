package nl.speelveld.socialmap;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/**
 * One asset of a neighbourhood as the public sees it: an association, institution, place, activity or a
 * resident's gift. {@code category} is one of {@link AssetCategory}'s keys, {@code kind} the raw kind within
 * it (an organisation type, a place kind, a gift kind). A gift carries no person: its name is its text and
 * its position, when there is one, the centre of its area.
 */
public record AssetSummary(String id, String category, String kind, String name, String url, AreaCode area,
		@Nullable Double lat, @Nullable Double lon) {

	/** The message key that names the kind in the visitor's language. */
	public String kindKey() {
		return switch (this.category) {
			case "associations", "institutions" -> "organisation-type." + this.kind;
			case "places" -> "place.kind." + this.kind;
			case "gifts" -> "gift.kind." + this.kind;
			default -> "asset.kind.activity";
		};
	}

	public boolean hasPosition() {
		return this.lat != null && this.lon != null;
	}

}
