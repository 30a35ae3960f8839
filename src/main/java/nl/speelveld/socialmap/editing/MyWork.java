package nl.speelveld.socialmap.editing;

import java.time.LocalDate;
import java.util.List;

import nl.speelveld.socialmap.Post;
import nl.speelveld.socialmap.Professional;
import org.jspecify.annotations.Nullable;

/**
 * A professional's work on the social map: their work profile, if made, and the posts they hold or answer
 * for, the first {@link #SHOWN} of {@code total}.
 */
public record MyWork(@Nullable Professional profile, List<Post> posts, long total) {

	public static final int SHOWN = 100;

	public static boolean hasEnded(Post post) {
		return post.endsOn() != null && post.endsOn().isBefore(LocalDate.now());
	}

}
