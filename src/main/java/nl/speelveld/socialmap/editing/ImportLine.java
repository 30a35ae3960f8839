package nl.speelveld.socialmap.editing;

import java.util.Optional;

import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One checked line of a post import: the post; the organisation's name and, for one not yet on the map,
 * the type to add it with; the name of the professional holding the post; and who answers for it.
 */
record ImportLine(int line, PostDraft post, String organisationName, @Nullable OrganisationType newOrganisation,
		String name, Optional<UserId> owner) {
}
