package nl.speelveld.socialmap.playingfield;

import java.util.List;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/**
 * The playing field of an area: per goal and focus theme who works on it, where roles overlap, where
 * nobody is, and whether posts with a norm are enough for the number of inhabitants.
 */
public record PlayingField(AreaCode area, @Nullable Integer inhabitants, List<GoalField> goals,
		List<Overlap> overlaps, Gaps gaps, List<NormCheck> norms) {

	public int themeCount() {
		return this.goals.stream().mapToInt(goal -> goal.themes().size()).sum();
	}

	/** Distinct posts working on at least one theme. */
	public long postCount() {
		return this.goals.stream()
			.flatMap(goal -> goal.themes().stream())
			.flatMap(theme -> theme.posts().stream())
			.map(post -> post.post().id())
			.distinct()
			.count();
	}

}
