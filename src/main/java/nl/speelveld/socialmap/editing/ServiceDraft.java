package nl.speelveld.socialmap.editing;

import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/** A service as it is about to be saved, checked: what an organisation offers, where and for whom. */
public record ServiceDraft(UUID organisation, String name, String description, String audience, List<String> focus,
		@Nullable String url, @Nullable String email, @Nullable String phone, List<AreaCode> areas, List<UUID> places) {
}
