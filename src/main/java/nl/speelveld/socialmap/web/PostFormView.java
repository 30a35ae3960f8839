package nl.speelveld.socialmap.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.roles.RoleType;
import nl.speelveld.socialmap.editing.AreaGroup;
import nl.speelveld.socialmap.editing.OrganisationOption;
import nl.speelveld.socialmap.editing.PostForm;
import nl.speelveld.socialmap.editing.Problems;
import nl.speelveld.socialmap.editing.ThemeChoice;
import org.jspecify.annotations.Nullable;

/**
 * Everything the post form shows: the values, what is wrong with them, and the choices. {@code post} is null
 * for a new post. {@code showSelf} offers to hold the post oneself, {@code showName} to name who holds it.
 */
public record PostFormView(@Nullable UUID post, PostForm form, Problems problems, List<RoleType> roles,
		List<OrganisationOption> organisations, List<AreaGroup> areaGroups, Set<String> offeredAreas,
		ThemeChoice themes, List<String> languages, boolean showSelf, boolean showName, boolean ended) {

	public String action() {
		return this.post == null ? "/sociale-kaart/posten/nieuw" : "/sociale-kaart/posten/" + this.post + "/bewerken";
	}

}
