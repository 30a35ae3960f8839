package nl.speelveld.socialmap;

import java.util.UUID;

/** An organisation as other entries mention it. {@code type} is an organisation type key such as {@code politie}. */
public record OrganisationRef(UUID id, String name, String type) {
}
