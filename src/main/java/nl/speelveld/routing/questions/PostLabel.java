package nl.speelveld.routing.questions;

import java.util.UUID;

import nl.speelveld.socialmap.Contact;
import org.jspecify.annotations.Nullable;

/**
 * A post as a resident or a professional reads it: the person's name (or the post's title), the role and
 * the organisation; the title for the person who holds it. {@code known} is false for a post the social map
 * no longer has; its name then says so.
 */
public record PostLabel(UUID id, String name, String title, String roleName, String organisationName,
		@Nullable Contact contact, boolean known) {
}
