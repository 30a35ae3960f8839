package nl.speelveld.socialmap;

import java.math.BigDecimal;
import java.util.List;

import nl.speelveld.areas.Area;
import nl.speelveld.roles.FocusTheme;
import nl.speelveld.roles.Goal;
import nl.speelveld.roles.RoleType;
import nl.speelveld.socialmap.playingfield.GoalField;
import nl.speelveld.socialmap.playingfield.PlayingField;
import nl.speelveld.socialmap.playingfield.PlayingFields;
import nl.speelveld.socialmap.playingfield.ThemeStatus;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The playing field of an area in numbers, for insights and reports: per goal how many focus themes are
 * covered, covered only in part of the area, overlap or are gaps; the themes nobody works on; and the coverage
 * norms. The full picture, with who works where, is the page {@code /gebied/{code}/speelveld}.
 */
@Component
public class PlayingFieldFigures {

	private final PlayingFields playingFields;

	PlayingFieldFigures(PlayingFields playingFields) {
		this.playingFields = playingFields;
	}

	public Figures of(Area area) {
		PlayingField field = this.playingFields.of(area);
		List<GoalCount> goals = field.goals().stream().map(PlayingFieldFigures::count).toList();
		List<NormFigure> norms = field.norms()
			.stream()
			.map(norm -> new NormFigure(norm.role(), norm.norm().inhabitants(), norm.required(), norm.presentRounded(),
					norm.shortfallRounded()))
			.toList();
		return new Figures(goals, field.gaps().themes(), field.overlaps().size(), field.postCount(), norms);
	}

	private static GoalCount count(GoalField goal) {
		return new GoalCount(goal.goal(), goal.themes().size(), (int) goal.count(ThemeStatus.COVERED),
				(int) goal.count(ThemeStatus.PARTLY), (int) goal.count(ThemeStatus.OVERLAP), (int) goal.count(ThemeStatus.GAP));
	}

	/**
	 * The playing field's numbers: per goal, the themes nobody works on ({@code gaps}), the number of overlaps of
	 * role types, distinct posts working on any theme, and the coverage norms.
	 */
	public record Figures(List<GoalCount> goals, List<FocusTheme> gaps, int overlaps, long posts, List<NormFigure> norms) {

		public int themes() {
			return this.goals.stream().mapToInt(GoalCount::themes).sum();
		}

		/** Themes someone works on, for the whole area or a part of it. */
		public int coveredThemes() {
			return this.goals.stream().mapToInt(goal -> goal.themes() - goal.gap()).sum();
		}

	}

	/** Focus themes of one goal by status: covered by one role, only in part of the area, by several roles, by nobody. */
	public record GoalCount(Goal goal, int themes, int covered, int partly, int overlap, int gap) {
	}

	/**
	 * A coverage norm: one post of {@code role} per {@code inhabitantsPerPost}; {@code required} and
	 * {@code shortfall} are absent without a population figure.
	 */
	public record NormFigure(RoleType role, int inhabitantsPerPost, @Nullable Integer required, BigDecimal present,
			@Nullable BigDecimal shortfall) {
	}

}
