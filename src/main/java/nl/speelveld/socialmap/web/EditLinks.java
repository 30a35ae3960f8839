package nl.speelveld.socialmap.web;

import nl.speelveld.socialmap.Organisation;
import nl.speelveld.socialmap.Place;
import nl.speelveld.socialmap.Professional;
import nl.speelveld.socialmap.editing.Editors;
import nl.speelveld.socialmap.editing.OrganisationEditing;
import nl.speelveld.socialmap.editing.PlaceEditing;

import org.springframework.stereotype.Component;

/** Whether a public page shows its visitor a link to change what it shows; the forms check again. */
@Component
class EditLinks {

	private final Editors editors;

	private final OrganisationEditing organisations;

	private final PlaceEditing places;

	EditLinks(Editors editors, OrganisationEditing organisations, PlaceEditing places) {
		this.editors = editors;
		this.organisations = organisations;
		this.places = places;
	}

	/** A work profile is changed only by the professional it belongs to. */
	boolean mayEdit(Professional professional) {
		return professional.user() != null && this.editors.me().filter(professional.user()::equals).isPresent();
	}

	boolean mayEdit(Organisation organisation) {
		return this.editors.me().isPresent() && this.organisations.mayEdit(organisation);
	}

	boolean mayEdit(Place place) {
		return this.editors.me().isPresent() && this.places.mayEdit(place);
	}

}
