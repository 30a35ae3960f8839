package nl.speelveld.participation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.speelveld.participation.surveys.Question;
import nl.speelveld.participation.surveys.ThemeFigures;
import org.jspecify.annotations.Nullable;

/**
 * The drawing of a radar chart of the liveability themes: one spoke per theme, rings for the scores 1 to 7,
 * and the mean of each theme as a point on its spoke, joined into one shape. Further out is better. The
 * page draws it as inline SVG; the table next to it holds the same numbers for those who cannot see it.
 */
public final class RadarChart {

	public static final int WIDTH = 860;

	public static final int HEIGHT = 545;

	private static final double CX = WIDTH / 2.0;

	private static final double CY = 262;

	private static final double RADIUS = 200;

	private final List<ThemeFigures> themes;

	public RadarChart(List<ThemeFigures> themes) {
		this.themes = List.copyOf(themes);
	}

	/** Whether every theme has enough answers for a point on its spoke; otherwise only the table is shown. */
	public boolean drawable() {
		return !this.themes.isEmpty() && this.themes.stream().allMatch(theme -> theme.figures().shown());
	}

	public List<ThemeFigures> themes() {
		return this.themes;
	}

	/** The theme scored lowest, among those with enough answers; null when there is none. */
	public @Nullable ThemeFigures lowest() {
		return shown().min(java.util.Comparator.comparingDouble(theme -> theme.figures().mean())).orElse(null);
	}

	/** The theme scored highest, among those with enough answers; null when there is none. */
	public @Nullable ThemeFigures highest() {
		return shown().max(java.util.Comparator.comparingDouble(theme -> theme.figures().mean())).orElse(null);
	}

	private java.util.stream.Stream<ThemeFigures> shown() {
		return this.themes.stream().filter(theme -> theme.figures().shown());
	}

	public List<Spoke> spokes() {
		List<Spoke> spokes = new ArrayList<>();
		int count = this.themes.size();
		for (int i = 0; i < count; i++) {
			double angle = angle(i, count);
			ThemeFigures theme = this.themes.get(i);
			double mean = theme.figures().mean();
			double cos = Math.cos(angle);
			double sin = Math.sin(angle);
			// The name and, under it, the score: above the ring at the top, below it at the bottom, beside it elsewhere.
			String anchor = cos > 0.2 ? "start" : cos < -0.2 ? "end" : "middle";
			double labelRadius = RADIUS + 14;
			double y = CY + sin * labelRadius;
			double nameY;
			if (sin < -0.5) {
				nameY = y - 24;
			}
			else if (sin > 0.5) {
				// the one straight down goes below the scores of its neighbours
				nameY = y + 14 + ("middle".equals(anchor) ? 26 : 0);
			}
			else {
				nameY = y - 3;
			}
			spokes.add(new Spoke(theme, round(CX + cos * RADIUS), round(CY + sin * RADIUS), round(x(mean, angle)),
					round(y(mean, angle)), round(CX + cos * labelRadius), round(nameY), round(nameY + 18), anchor));
		}
		return spokes;
	}

	/** The points of the ring for this score, for an SVG polygon. */
	public String ring(int score) {
		List<String> points = new ArrayList<>();
		int count = this.themes.size();
		for (int i = 0; i < count; i++) {
			points.add(point(x(score, angle(i, count)), y(score, angle(i, count))));
		}
		return String.join(" ", points);
	}

	/** The shape of the means. */
	public String shape() {
		return String.join(" ", spokes().stream().map(spoke -> spoke.pointX() + "," + spoke.pointY()).toList());
	}

	public int[] scores() {
		int[] scores = new int[Question.HIGHEST];
		for (int i = 0; i < scores.length; i++) {
			scores[i] = i + 1;
		}
		return scores;
	}

	/** Where the number of a ring is written: just right of the upward spoke. */
	public String ringLabelX() {
		return String.valueOf(round(CX + 5));
	}

	public String ringLabelY(int score) {
		return String.valueOf(round(CY - RADIUS * score / Question.HIGHEST + 4));
	}

	public String centreX() {
		return String.valueOf(round(CX));
	}

	public String centreY() {
		return String.valueOf(round(CY));
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	/** A mean with one decimal, as the reader writes numbers (5,4 in Dutch). */
	public static String decimal(Locale locale, double value) {
		return String.format(locale, "%.1f", value);
	}

	private static double angle(int i, int count) {
		return -Math.PI / 2 + 2 * Math.PI * i / count;
	}

	private static double x(double score, double angle) {
		return CX + Math.cos(angle) * RADIUS * score / Question.HIGHEST;
	}

	private static double y(double score, double angle) {
		return CY + Math.sin(angle) * RADIUS * score / Question.HIGHEST;
	}

	private static String point(double x, double y) {
		return round(x) + "," + round(y);
	}

	private static String round(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** One theme's spoke: its end, the point of its mean, and where its name and its score go. */
	public record Spoke(ThemeFigures theme, String endX, String endY, String pointX, String pointY, String labelX,
			String nameY, String valueY, String anchor) {
	}

}
