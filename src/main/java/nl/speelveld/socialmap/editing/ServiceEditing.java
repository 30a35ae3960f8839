package nl.speelveld.socialmap.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.SocialMap;
import nl.speelveld.socialmap.SocialMapEntryNotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Services on the social map, kept by the coordinators of the areas they serve and by administrators. */
@Service
public class ServiceEditing {

	private final SocialMap socialMap;

	private final Editors editors;

	private final EntryFields fields;

	private final ServiceWrites services;

	private final Permissions permissions;

	ServiceEditing(SocialMap socialMap, Editors editors, EntryFields fields, ServiceWrites services,
			Permissions permissions) {
		this.socialMap = socialMap;
		this.editors = editors;
		this.fields = fields;
		this.services = services;
		this.permissions = permissions;
	}

	@PreAuthorize("@permissions.isCoordinatorOrAdministrator()")
	public void start() {
		// the check is the annotation
	}

	@PreAuthorize("@permissions.isCoordinatorOrAdministrator()")
	@Transactional
	public Optional<UUID> create(ServiceForm form, Problems problems) {
		ServiceDraft draft = read(form, problems);
		if (draft != null && !this.editors.keepsScope(List.of(), draft.areas())) {
			problems.refuse("gebieden", "edit.area.outside-scope");
		}
		if (draft == null || !problems.isEmpty()) {
			return Optional.empty();
		}
		UUID id = this.services.insert(draft, this.editors.me().orElse(null));
		audit("service-created", id, draft);
		return Optional.of(id);
	}

	/** The service's form, if the current person may change it; 403 otherwise. */
	@Transactional(readOnly = true)
	public ServiceForm editable(UUID id) {
		return ServiceForm.of(stored(id).service());
	}

	@Transactional
	public boolean update(UUID id, ServiceForm form, Problems problems) {
		ServiceWrites.Stored stored = stored(id);
		ServiceDraft draft = read(form, problems);
		if (draft != null && !this.editors.keepsScope(stored.service().areas(), draft.areas())) {
			problems.refuse("gebieden", "edit.area.outside-scope");
		}
		if (draft == null || !problems.isEmpty()) {
			return false;
		}
		this.services.update(id, draft);
		audit("service-changed", id, draft);
		return true;
	}

	private ServiceWrites.Stored stored(UUID id) {
		ServiceWrites.Stored stored = this.services.byId(id).orElseThrow(() -> new SocialMapEntryNotFound("service", id));
		if (!this.editors.isAdministrator() && !this.editors.coordinates(stored.service().areas())) {
			throw Editors.refused("service " + id);
		}
		return stored;
	}

	private @Nullable ServiceDraft read(ServiceForm form, Problems problems) {
		UUID organisation = null;
		try {
			organisation = this.socialMap.organisation(UUID.fromString(form.organisatie())).id();
		}
		catch (IllegalArgumentException | SocialMapEntryNotFound unknown) {
			problems.add("organisatie", form.organisatie().isBlank() ? "edit.post.organisation-missing"
					: "edit.post.organisation-unknown");
		}
		String name = this.fields.text(form.naam(), "naam", 2, 200, problems);
		String description = this.fields.text(form.beschrijving(), "beschrijving", 0, 4000, problems);
		String audience = this.fields.text(form.voorwie(), "voorwie", 0, 500, problems);
		List<String> themes = this.fields.themes(form.themas(), "themas", problems);
		String url = ContactFields.website(form.website(), "website", problems);
		String email = ContactFields.email(form.email(), "email", problems);
		String phone = ContactFields.phone(form.telefoon(), "telefoon", problems);
		List<AreaCode> areas = this.fields.areas(form.allAreas(), "gebieden", true, problems);
		List<UUID> places = new ArrayList<>();
		for (String place : form.plekken()) {
			try {
				places.add(this.socialMap.place(UUID.fromString(place)).id());
			}
			catch (IllegalArgumentException | SocialMapEntryNotFound unknown) {
				problems.add("plekken", "edit.service.place-unknown");
			}
		}
		if (!problems.isEmpty() || organisation == null) {
			return null;
		}
		return new ServiceDraft(organisation, name, description, audience, themes, url, email, phone, areas,
				places.stream().distinct().toList());
	}

	private void audit(String action, UUID id, ServiceDraft draft) {
		this.permissions.audit(action, "service", id, Map.of("name", draft.name(), "organisation",
				draft.organisation().toString(), "areas", draft.areas().stream().map(AreaCode::value).toList()));
	}

}
