package nl.speelveld.socialmap;

import java.util.List;

import nl.speelveld.areas.AreaCode;

/**
 * A post as seen from one area: how it reaches the area ({@link Coverage}) and through which of its
 * coverage areas (the wijk around a buurt, the buurten inside a wijk). {@code stale} says the owner has
 * not confirmed it in time.
 */
public record CoveringPost(Post post, Coverage coverage, List<AreaCode> via, boolean stale) {
}
