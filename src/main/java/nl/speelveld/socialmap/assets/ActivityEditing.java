package nl.speelveld.socialmap.assets;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.Areas;
import nl.speelveld.shared.Problem;
import nl.speelveld.socialmap.Place;
import nl.speelveld.socialmap.SocialMap;
import nl.speelveld.socialmap.SocialMapEntryNotFound;
import nl.speelveld.socialmap.editing.ContactFields;
import nl.speelveld.socialmap.editing.Editors;
import nl.speelveld.socialmap.editing.EntryFields;
import nl.speelveld.socialmap.editing.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities on the asset map. Professionals (and coordinators and administrators) add them; an activity is
 * changed by the person who added it, by the coordinators of the area it lies in and by administrators.
 */
@Service
public class ActivityEditing {

	private final ActivityStore activities;

	private final SocialMap socialMap;

	private final Areas areas;

	private final Editors editors;

	private final EntryFields fields;

	private final Permissions permissions;

	ActivityEditing(ActivityStore activities, SocialMap socialMap, Areas areas, Editors editors, EntryFields fields,
			Permissions permissions) {
		this.activities = activities;
		this.socialMap = socialMap;
		this.areas = areas;
		this.editors = editors;
		this.fields = fields;
		this.permissions = permissions;
	}

	@PreAuthorize("@permissions.isProfessional()")
	public void start() {
		// the check is the annotation
	}

	@PreAuthorize("@permissions.isProfessional()")
	@Transactional
	public Optional<UUID> create(ActivityForm form, Problems problems) {
		ActivityDraft draft = read(form, problems);
		if (draft == null) {
			return Optional.empty();
		}
		UUID id = this.activities.insert(draft, this.editors.me().orElse(null));
		audit("activity-created", id, draft);
		return Optional.of(id);
	}

	/** The activity's public page; unknown ids are a 404. */
	@Transactional(readOnly = true)
	public Activity activity(UUID id) {
		return this.activities.find(id).orElseThrow(() -> new SocialMapEntryNotFound("activity", id.toString()));
	}

	@Transactional(readOnly = true)
	public Activity editable(UUID id) {
		Activity activity = activity(id);
		if (!mayEdit(activity)) {
			throw Editors.refused("activity " + id);
		}
		return activity;
	}

	@Transactional
	public boolean update(UUID id, ActivityForm form, Problems problems) {
		editable(id);
		ActivityDraft draft = read(form, problems);
		if (draft == null) {
			return false;
		}
		this.activities.update(id, draft);
		audit("activity-changed", id, draft);
		return true;
	}

	public boolean mayEdit(Activity activity) {
		Optional<UUID> me = this.editors.me();
		return me.isPresent() && (me.get().equals(activity.owner()) || this.editors.isAdministrator()
				|| this.editors.coordinates(List.of(activity.area())));
	}

	public List<Activity> at(Place place) {
		return this.activities.at(place.id());
	}

	private @Nullable ActivityDraft read(ActivityForm form, Problems problems) {
		String name = this.fields.text(form.naam(), "naam", 2, 200, problems);
		String description = this.fields.text(form.beschrijving(), "beschrijving", 0, 4000, problems);
		String schedule = this.fields.text(form.wanneer(), "wanneer", 0, 500, problems);
		Place place = place(form.plek(), problems);
		UUID organisation = organisation(form.organisatie(), problems);
		String postcode = ContactFields.postcode(form.postcode(), "postcode", problems);
		Double lat = place != null ? null : coordinate(form.breedtegraad(), "breedtegraad", -90, 90, problems);
		Double lon = place != null ? null : coordinate(form.lengtegraad(), "lengtegraad", -180, 180, problems);
		if ((lat == null) != (lon == null) && problems.isEmpty()) {
			problems.add(lat == null ? "breedtegraad" : "lengtegraad", "edit.place.position-half");
		}
		if (!problems.isEmpty()) {
			return null;
		}
		AreaCode area = area(form, place, lat, lon, postcode, problems);
		if (area == null) {
			return null;
		}
		return new ActivityDraft(name, description, schedule, place == null ? null : place.id(), organisation,
				place == null ? postcode : null, lat, lon, area);
	}

	/** Where the activity happens: at its place, else by its position, the code typed or its postcode. */
	private @Nullable AreaCode area(ActivityForm form, @Nullable Place place, @Nullable Double lat, @Nullable Double lon,
			@Nullable String postcode, Problems problems) {
		if (place != null && place.area() != null) {
			return place.area();
		}
		try {
			if (lat != null && lon != null) {
				return this.areas.lookup(lat, lon, null).finest().code();
			}
			if (!form.gebied().isBlank()) {
				List<AreaCode> typed = this.fields.areas(List.of(form.gebied()), "gebied", true, problems);
				if (typed.size() > 1) {
					problems.add("gebied", "edit.place.one-area");
				}
				return problems.isEmpty() ? typed.get(0) : null;
			}
			if (postcode != null) {
				return this.areas.lookupPostcode(postcode, null).finest().code();
			}
		}
		catch (Problem notFound) {
			problems.add(lat != null ? "breedtegraad" : "postcode", "edit.place.area-not-found");
			return null;
		}
		problems.add("gebied", "activity.edit.area-missing");
		return null;
	}

	private @Nullable Place place(String value, Problems problems) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return this.socialMap.place(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException | SocialMapEntryNotFound unknown) {
			problems.add("plek", "activity.edit.place-unknown");
			return null;
		}
	}

	private @Nullable UUID organisation(String value, Problems problems) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return this.socialMap.organisation(UUID.fromString(value.strip())).id();
		}
		catch (IllegalArgumentException | SocialMapEntryNotFound unknown) {
			problems.add("organisatie", "edit.post.organisation-unknown");
			return null;
		}
	}

	private @Nullable Double coordinate(String text, String field, double min, double max, Problems problems) {
		if (text.isBlank()) {
			return null;
		}
		try {
			double value = Double.parseDouble(text.strip().replace(',', '.'));
			if (Double.isFinite(value) && value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException notANumber) {
			// the same complaint as for a number out of range
		}
		String typed = text.strip();
		problems.add(field, "edit.place.coordinate-invalid", typed.length() <= 60 ? typed : typed.substring(0, 57) + "...");
		return null;
	}

	private void audit(String action, UUID id, ActivityDraft draft) {
		this.permissions.audit(action, "activity", id, Map.of("name", draft.name(), "area", draft.area().value()));
	}

}
