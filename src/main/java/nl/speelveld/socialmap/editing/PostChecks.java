package nl.speelveld.socialmap.editing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.roles.RoleType;
import nl.speelveld.socialmap.SocialMap;
import nl.speelveld.socialmap.SocialMapEntryNotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Reads the post form into a post the social map accepts, or says what is wrong, field by field. */
@Component
class PostChecks {

	private final EntryFields fields;

	private final Choices choices;

	private final SocialMap socialMap;

	PostChecks(EntryFields fields, Choices choices, SocialMap socialMap) {
		this.fields = fields;
		this.choices = choices;
		this.socialMap = socialMap;
	}

	/** The post the form describes, checked, or null when something is wrong (then {@code problems} says what). */
	@Nullable PostDraft read(PostForm form, Problems problems) {
		List<AreaCode> areas = this.fields.areas(form.allAreas(), "gebieden", true, problems);
		RoleType role = this.fields.role(form.rol(), areas.isEmpty() ? null : areas.get(0).gemeente(), "rol", problems);
		UUID organisation = organisation(form.organisatie(), problems);
		String title = this.fields.text(form.titel(), "titel", 2, 200, problems);
		List<String> themes = this.fields.themes(form.themas(), "themas", problems);
		String availability = this.fields.text(form.bereikbaarheid(), "bereikbaarheid", 0, 500, problems);
		List<String> languages = this.fields.languages(form.talen(), "talen", problems);
		LocalDate starts = this.fields.date(form.begin(), "begin", problems);
		LocalDate ends = this.fields.date(form.einde(), "einde", problems);
		if (starts != null && ends != null && ends.isBefore(starts)) {
			problems.add("einde", "edit.date.end-before-start");
		}
		String email = ContactFields.email(form.email(), "email", problems);
		String phone = ContactFields.phone(form.telefoon(), "telefoon", problems);
		String website = ContactFields.website(form.website(), "website", problems);
		if (!form.naam().isBlank()) {
			this.fields.text(form.naam(), "naam", 2, 120, problems);
		}
		if (!problems.isEmpty() || role == null || organisation == null) {
			return null;
		}
		return new PostDraft(role.code(), organisation, title, areas, themes, availability, languages, starts, ends,
				email, phone, website);
	}

	private @Nullable UUID organisation(String value, Problems problems) {
		if (value.isBlank()) {
			problems.add("organisatie", "edit.post.organisation-missing");
			return null;
		}
		if (this.choices.employer(value).isPresent()) {
			return PostDraft.NOT_YET_ON_THE_MAP;
		}
		try {
			return this.socialMap.organisation(UUID.fromString(value)).id();
		}
		catch (IllegalArgumentException | SocialMapEntryNotFound unknown) {
			problems.add("organisatie", "edit.post.organisation-unknown");
			return null;
		}
	}

}
