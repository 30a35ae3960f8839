package nl.speelveld.socialmap.playingfield;

import java.util.Map;

import nl.speelveld.roles.RoleType;

/**
 * A role type as the exploration compares it: its current posts ({@code stalePosts} of them not confirmed
 * in time), the areas they cover, the organisations that employ them by organisation type, and the posts
 * per focus theme.
 */
public record RoleProfile(RoleType role, int posts, int stalePosts, int areas, int organisations,
		Map<String, Integer> employers, Map<String, Integer> themes) {

	public int postsOn(String theme) {
		return this.themes.getOrDefault(theme, 0);
	}

}
