package nl.speelveld.socialmap;

import java.util.List;

/** One page of the posts reaching an area; {@code total} counts them all. */
public record PostPage(List<CoveringPost> items, int total, int page, int size) {
}
