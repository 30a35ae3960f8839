package nl.speelveld.routing;

import java.util.List;

import nl.speelveld.socialmap.CoveringPost;
import org.jspecify.annotations.Nullable;

/**
 * The people in one role who cover the resident's place, best reach first; when there are none, the nearest
 * post of that role elsewhere in the gemeente, if any.
 */
public record RolePeople(String roleCode, List<CoveringPost> posts, @Nullable CoveringPost nearest) {

	public RolePeople {
		posts = List.copyOf(posts);
	}

}
