package nl.speelveld.socialmap.editing;

import java.util.List;

import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/** An organisation as it is about to be saved, checked. */
public record OrganisationDraft(String name, OrganisationType type, String description, List<AreaCode> areas,
		@Nullable String website, @Nullable String email, @Nullable String phone, @Nullable String street,
		@Nullable String postcode, @Nullable String city) {
}
