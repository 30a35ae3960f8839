package nl.speelveld.socialmap.playingfield;

import java.util.List;

import nl.speelveld.roles.Goal;

/** One goal of community building in an area, theme by theme. */
public record GoalField(Goal goal, List<ThemeField> themes) {

	/** Whether anyone works on any theme of the goal; if not, the whole goal is a gap. */
	public boolean hasPosts() {
		return this.themes.stream().anyMatch(theme -> !theme.posts().isEmpty());
	}

	public long count(ThemeStatus status) {
		return this.themes.stream().filter(theme -> theme.status() == status).count();
	}

}
