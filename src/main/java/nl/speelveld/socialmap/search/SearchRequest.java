package nl.speelveld.socialmap.search;

import java.util.Set;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/**
 * A search as asked: the visitor's words, optionally an area, a role type code and kinds of hit (none means
 * all kinds), and a page (from 0) of a given size.
 */
public record SearchRequest(String text, @Nullable AreaCode area, @Nullable String role, Set<HitType> types, int page,
		int size) {

	public static final int MAX_SIZE = 100;

	public SearchRequest {
		types = Set.copyOf(types);
	}

}
