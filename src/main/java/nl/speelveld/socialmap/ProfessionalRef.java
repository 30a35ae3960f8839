package nl.speelveld.socialmap;

import java.util.UUID;

/** A professional as a post mentions them: the public name on their work profile. */
public record ProfessionalRef(UUID id, String name) {
}
