package nl.speelveld.socialmap.playingfield;

import nl.speelveld.socialmap.Coverage;
import nl.speelveld.socialmap.CoveringPost;
import nl.speelveld.socialmap.Post;

/**
 * A post working on a theme in an area. {@code focusFromRole} says the post lists no focus themes of its
 * own, so it counts for the themes of its role type.
 */
public record ThemePost(CoveringPost covering, boolean focusFromRole) {

	public Post post() {
		return this.covering.post();
	}

	/** Reaches only a part of the area: a buurtconciërge of one buurt, seen from the wijk. */
	public boolean partly() {
		return this.covering.coverage() == Coverage.CHILD;
	}

	public boolean stale() {
		return this.covering.stale();
	}

}
