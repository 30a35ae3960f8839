package nl.speelveld.socialmap.assets;

import org.jspecify.annotations.Nullable;

/** A gift as professionals see it: with the resident's name and e-mail address, so they can get in touch. */
public record GiftContact(Gift gift, @Nullable String name, @Nullable String email) {
}
