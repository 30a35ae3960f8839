package nl.speelveld.socialmap.playingfield;

import java.util.List;

import nl.speelveld.roles.FocusTheme;
import nl.speelveld.roles.RoleType;
import nl.speelveld.socialmap.CoveringPost;

/**
 * Posts of two or more role types work on the same theme in the same place. {@code partly} says they meet
 * only in a part of the area (two buurten of a wijk), not in all of it.
 */
public record Overlap(FocusTheme theme, List<Side> roles, boolean partly) {

	/** One role type in an overlap, with its posts that meet a post of another role. */
	public record Side(RoleType role, List<CoveringPost> posts) {
	}

	public List<String> roleCodes() {
		return this.roles.stream().map(side -> side.role().code()).toList();
	}

}
