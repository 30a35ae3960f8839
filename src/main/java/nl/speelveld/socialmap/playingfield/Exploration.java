package nl.speelveld.socialmap.playingfield;

import java.util.List;

import nl.speelveld.areas.AreaSummary;
import nl.speelveld.roles.FocusTheme;
import org.jspecify.annotations.Nullable;

/**
 * The verkenning of the playing field: every role type side by side with its goals, themes, posts, areas
 * and employers, for one gemeente or (without one) for everything this deployment holds.
 */
public record Exploration(@Nullable AreaSummary gemeente, List<RoleProfile> roles, List<FocusTheme> themes) {

	public int posts() {
		return this.roles.stream().mapToInt(RoleProfile::posts).sum();
	}

	public long rolesWithPosts() {
		return this.roles.stream().filter(role -> role.posts() > 0).count();
	}

	public int postsOn(String theme) {
		return this.roles.stream().mapToInt(role -> role.postsOn(theme)).sum();
	}

	public long rolesOn(String theme) {
		return this.roles.stream().filter(role -> role.postsOn(theme) > 0).count();
	}

}
