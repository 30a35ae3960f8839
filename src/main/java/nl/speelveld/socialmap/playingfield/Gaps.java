package nl.speelveld.socialmap.playingfield;

import java.util.List;

import nl.speelveld.roles.FocusTheme;
import nl.speelveld.roles.Goal;

/** What nobody works on in an area: focus themes, and goals none of whose themes anyone works on. */
public record Gaps(List<FocusTheme> themes, List<Goal> goals) {

	public boolean isEmpty() {
		return this.themes.isEmpty() && this.goals.isEmpty();
	}

}
