package nl.speelveld.socialmap.editing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.Organisation;
import nl.speelveld.socialmap.SocialMap;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations on the social map, kept by the coordinators of the areas they work in and by administrators. */
@Service
public class OrganisationEditing {

	private final SocialMap socialMap;

	private final Editors editors;

	private final EntryFields fields;

	private final OrganisationWrites organisations;

	private final Permissions permissions;

	OrganisationEditing(SocialMap socialMap, Editors editors, EntryFields fields, OrganisationWrites organisations,
			Permissions permissions) {
		this.socialMap = socialMap;
		this.editors = editors;
		this.fields = fields;
		this.organisations = organisations;
		this.permissions = permissions;
	}

	/** Only to show the empty form: whether the person may add organisations at all. */
	@PreAuthorize("@permissions.isCoordinatorOrAdministrator()")
	public void start() {
		// the check is the annotation
	}

	@PreAuthorize("@permissions.isCoordinatorOrAdministrator()")
	@Transactional
	public Optional<UUID> create(OrganisationEntryForm form, Problems problems) {
		OrganisationDraft draft = read(form, problems);
		if (draft != null && !this.editors.keepsScope(List.of(), draft.areas())) {
			problems.refuse("gebieden", "edit.area.outside-scope");
		}
		if (draft == null || !problems.isEmpty()) {
			return Optional.empty();
		}
		UUID id = this.organisations.insert(draft, this.editors.me().orElse(null));
		audit("organisation-created", id, draft);
		return Optional.of(id);
	}

	@Transactional(readOnly = true)
	public Organisation editable(UUID id) {
		Organisation organisation = this.socialMap.organisation(id);
		if (!mayEdit(organisation)) {
			throw Editors.refused("organisation " + id);
		}
		return organisation;
	}

	@Transactional
	public boolean update(UUID id, OrganisationEntryForm form, Problems problems) {
		Organisation organisation = editable(id);
		OrganisationDraft draft = read(form, problems);
		if (draft != null && !this.editors.keepsScope(organisation.areas(), draft.areas())) {
			problems.refuse("gebieden", "edit.area.outside-scope");
		}
		if (draft == null || !problems.isEmpty()) {
			return false;
		}
		this.organisations.update(id, draft);
		audit("organisation-changed", id, draft);
		return true;
	}

	public boolean mayEdit(Organisation organisation) {
		return this.editors.isAdministrator() || this.editors.coordinates(organisation.areas());
	}

	private @Nullable OrganisationDraft read(OrganisationEntryForm form, Problems problems) {
		String name = this.fields.text(form.naam(), "naam", 2, 200, problems);
		Optional<OrganisationType> type = OrganisationType.fromKey(form.soort());
		if (type.isEmpty()) {
			problems.add("soort", "edit.organisation.type-missing");
		}
		String description = this.fields.text(form.beschrijving(), "beschrijving", 0, 4000, problems);
		List<AreaCode> areas = this.fields.areas(form.allAreas(), "gebieden", true, problems);
		String website = ContactFields.website(form.website(), "website", problems);
		String email = ContactFields.email(form.email(), "email", problems);
		String phone = ContactFields.phone(form.telefoon(), "telefoon", problems);
		String street = ContactFields.blankToNull(this.fields.text(form.straat(), "straat", 0, 200, problems));
		String postcode = ContactFields.postcode(form.postcode(), "postcode", problems);
		String city = ContactFields.blankToNull(this.fields.text(form.plaats(), "plaats", 0, 100, problems));
		if (!problems.isEmpty() || type.isEmpty()) {
			return null;
		}
		return new OrganisationDraft(name, type.get(), description, areas, website, email, phone, street, postcode, city);
	}

	private void audit(String action, UUID id, OrganisationDraft draft) {
		this.permissions.audit(action, "organisation", id, Map.of("name", draft.name(), "type", draft.type().key(),
				"areas", draft.areas().stream().map(AreaCode::value).toList()));
	}

}
