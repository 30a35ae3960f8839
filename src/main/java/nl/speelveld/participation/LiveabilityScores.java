package nl.speelveld.participation;

import java.util.List;
import java.util.Optional;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.surveys.AreaLiveability;
import nl.speelveld.participation.surveys.ThemeFigures;

import org.springframework.stereotype.Component;

/**
 * How residents of an area score its liveability on the 14 Place Standard themes (1 to 7), from every
 * liveability survey in the processes of the area and its parts: per theme the mean, the number of answers
 * and the margin of error of the mean at 95 %. A theme with fewer than five answers has no figures.
 */
@Component
public class LiveabilityScores {

	private final AreaLiveability liveability;

	LiveabilityScores(AreaLiveability liveability) {
		this.liveability = liveability;
	}

	public Perceived of(AreaCode area) {
		AreaLiveability.Scores scores = this.liveability.of(area);
		return new Perceived(area, scores.responses(), scores.themes().stream().map(LiveabilityScores::theme).toList());
	}

	private static Theme theme(ThemeFigures figures) {
		var scale = figures.figures();
		return new Theme(figures.theme().key(), scale.n(),
				scale.shown() ? Optional.of(new Score(scale.mean(), scale.marginOfError())) : Optional.empty());
	}

	/** The scores of an area; {@code responses} counts the survey responses behind them. */
	public record Perceived(AreaCode area, int responses, List<Theme> themes) {
	}

	/**
	 * One theme by its key (such as {@code green-nature}; the Dutch name is the message
	 * {@code survey.theme.<key>}) with its number of answers and, from five answers on, its score.
	 */
	public record Theme(String key, int n, Optional<Score> score) {
	}

	/** A mean from 1 to 7 and the margin of error of that mean at 95 %. */
	public record Score(double mean, double marginOfError) {
	}

}
