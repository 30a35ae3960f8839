package nl.speelveld.socialmap.editing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/** A post as it is about to be saved, checked: every value is one the social map accepts. */
public record PostDraft(String roleCode, UUID organisation, String title, List<AreaCode> areas, List<String> focus,
		String availability, List<String> languages, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
		@Nullable String email, @Nullable String phone, @Nullable String website) {

	/** Stands for an organisation that is only put on the map once everything else has been checked. */
	static final UUID NOT_YET_ON_THE_MAP = new UUID(0, 0);

	PostDraft at(UUID organisation) {
		return new PostDraft(this.roleCode, organisation, this.title, this.areas, this.focus, this.availability,
				this.languages, this.startsOn, this.endsOn, this.email, this.phone, this.website);
	}

}
