package nl.speelveld.socialmap.editing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.Areas;
import nl.speelveld.shared.Problem;
import nl.speelveld.socialmap.Place;
import nl.speelveld.socialmap.PlaceKind;
import nl.speelveld.socialmap.SocialMap;
import nl.speelveld.socialmap.SocialMapEntryNotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Places on the social map, kept by the coordinators of the area they lie in and by administrators. */
@Service
public class PlaceEditing {

	private final SocialMap socialMap;

	private final Areas areas;

	private final Editors editors;

	private final EntryFields fields;

	private final PlaceWrites places;

	private final Permissions permissions;

	PlaceEditing(SocialMap socialMap, Areas areas, Editors editors, EntryFields fields, PlaceWrites places,
			Permissions permissions) {
		this.socialMap = socialMap;
		this.areas = areas;
		this.editors = editors;
		this.fields = fields;
		this.places = places;
		this.permissions = permissions;
	}

	@PreAuthorize("@permissions.isCoordinatorOrAdministrator()")
	public void start() {
		// the check is the annotation
	}

	@PreAuthorize("@permissions.isCoordinatorOrAdministrator()")
	@Transactional
	public Optional<UUID> create(PlaceForm form, Problems problems) {
		PlaceDraft draft = read(form, problems);
		if (draft != null && !this.editors.keepsScope(List.of(), List.of(draft.area()))) {
			problems.refuse("gebied", "edit.area.outside-scope");
		}
		if (draft == null || !problems.isEmpty()) {
			return Optional.empty();
		}
		UUID id = this.places.insert(draft, this.editors.me().orElse(null));
		audit("place-created", id, draft);
		return Optional.of(id);
	}

	@Transactional(readOnly = true)
	public Place editable(UUID id) {
		Place place = this.socialMap.place(id);
		if (!mayEdit(place)) {
			throw Editors.refused("place " + id);
		}
		return place;
	}

	@Transactional
	public boolean update(UUID id, PlaceForm form, Problems problems) {
		Place place = editable(id);
		PlaceDraft draft = read(form, problems);
		List<AreaCode> before = place.area() == null ? List.of() : List.of(place.area());
		if (draft != null && !this.editors.keepsScope(before, List.of(draft.area()))) {
			problems.refuse("gebied", "edit.area.outside-scope");
		}
		if (draft == null || !problems.isEmpty()) {
			return false;
		}
		this.places.update(id, draft);
		audit("place-changed", id, draft);
		return true;
	}

	public boolean mayEdit(Place place) {
		return this.editors.isAdministrator() || (place.area() != null && this.editors.coordinates(List.of(place.area())));
	}

	private @Nullable PlaceDraft read(PlaceForm form, Problems problems) {
		if (!PlaceKind.isKnown(form.soort())) {
			problems.add("soort", "edit.place.kind-missing");
		}
		String name = this.fields.text(form.naam(), "naam", 2, 200, problems);
		String description = this.fields.text(form.beschrijving(), "beschrijving", 0, 4000, problems);
		UUID organisation = organisation(form.organisatie(), problems);
		String street = ContactFields.blankToNull(this.fields.text(form.straat(), "straat", 0, 200, problems));
		String postcode = ContactFields.postcode(form.postcode(), "postcode", problems);
		String city = ContactFields.blankToNull(this.fields.text(form.plaats(), "plaats", 0, 100, problems));
		Double lat = coordinate(form.breedtegraad(), "breedtegraad", -90, 90, problems);
		Double lon = coordinate(form.lengtegraad(), "lengtegraad", -180, 180, problems);
		if ((lat == null) != (lon == null) && problems.isEmpty()) {
			problems.add(lat == null ? "breedtegraad" : "lengtegraad", "edit.place.position-half");
		}
		String hours = this.fields.text(form.openingstijden(), "openingstijden", 0, 1000, problems);
		String accessibility = this.fields.text(form.toegankelijkheid(), "toegankelijkheid", 0, 1000, problems);
		Boolean wheelchair = switch (form.rolstoel()) {
			case "ja" -> Boolean.TRUE;
			case "nee" -> Boolean.FALSE;
			default -> null;
		};
		if (!problems.isEmpty()) {
			return null;
		}
		AreaCode area = area(form, lat, lon, postcode, problems);
		if (area == null) {
			return null;
		}
		return new PlaceDraft(form.soort(), name, description, organisation, street, postcode, city, lat, lon, area,
				hours, accessibility, wheelchair);
	}

	/** Where the place lies: by its position, else the code typed, else its postcode. */
	private @Nullable AreaCode area(PlaceForm form, @Nullable Double lat, @Nullable Double lon, @Nullable String postcode,
			Problems problems) {
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
		problems.add("gebied", "edit.place.area-missing");
		return null;
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
		problems.add(field, "edit.place.coordinate-invalid", ContactFields.shorten(text.strip()));
		return null;
	}

	private @Nullable UUID organisation(String value, Problems problems) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return this.socialMap.organisation(UUID.fromString(value)).id();
		}
		catch (IllegalArgumentException | SocialMapEntryNotFound unknown) {
			problems.add("organisatie", "edit.post.organisation-unknown");
			return null;
		}
	}

	private void audit(String action, UUID id, PlaceDraft draft) {
		this.permissions.audit(action, "place", id, Map.of("name", draft.name(), "area", draft.area().value()));
	}

}
