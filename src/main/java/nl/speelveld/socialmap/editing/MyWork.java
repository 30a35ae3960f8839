package nl.speelveld.socialmap.editing;

import java.time.LocalDate;
import java.util.List;

import nl.speelveld.socialmap.Post;
import nl.speelveld.socialmap.Professional;
import org.jspecify.annotations.Nullable;

/** A professional's work on the social map: their work profile, if made, and the posts they answer for or hold. */
public record MyWork(@Nullable Professional profile, List<Post> posts) {

	public static boolean hasEnded(Post post) {
		return post.endsOn() != null && post.endsOn().isBefore(LocalDate.now());
	}

}
