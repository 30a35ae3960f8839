package nl.speelveld.socialmap.web;

import java.util.List;

import nl.speelveld.socialmap.Coverage;
import nl.speelveld.socialmap.Post;

/** A post as a card on a page: with the names of the areas through which it reaches the area shown. */
public record PostCard(Post post, Coverage coverage, List<String> via, boolean stale) {

	public String viaNames() {
		return String.join(", ", this.via);
	}

}
