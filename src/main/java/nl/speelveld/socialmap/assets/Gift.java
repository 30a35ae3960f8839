package nl.speelveld.socialmap.assets;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/**
 * A gift or skill a resident offers their neighbourhood, such as ik kan goed koken or ik heb een aanhanger.
 * Personal data: kept with consent only, with the area of the resident's postcode and never an address.
 */
public record Gift(UUID id, UUID user, String text, String kind, AreaCode area, String visibility,
		Instant consentedAt, Instant createdAt) {

	/** gave: a talent; vaardigheid: something learnt; spullen: things to lend or share. */
	public static final List<String> KINDS = List.of("gave", "vaardigheid", "spullen");

	public static final String PUBLIC = "public";

	public static final String PROFESSIONALS = "professionals";

	public boolean isPublic() {
		return PUBLIC.equals(this.visibility);
	}

}
