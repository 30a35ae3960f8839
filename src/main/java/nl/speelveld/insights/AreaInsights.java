package nl.speelveld.insights;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.socialmap.PlayingFieldFigures;

import org.jspecify.annotations.Nullable;

/**
 * What Speelveld knows about one area in one year, through three lenses plus the playing field: registered
 * figures (CBS), perceived liveability (residents' survey answers), democracy (who takes part and what becomes
 * of it) and the playing field of professionals. Only numbers about groups, never about a person.
 */
public record AreaInsights(Area area, Registered registered, Perceived perceived, Democracy democracy,
		PlayingFieldFigures.Figures playingField) {

	/** Groups smaller than this are not shown, so that nobody can be recognised in them. */
	public static final int SMALLEST_GROUP = 5;

	/** CBS key figures of the area's year; {@code ageGroups} in percent of inhabitants, by CBS age group key. */
	public record Registered(int year, @Nullable Integer population, @Nullable Integer households,
			@Nullable Double averageHouseholdSize, @Nullable Integer density, @Nullable Integer dwellings,
			Map<String, Integer> ageGroups, List<YearFigures> trend) {
	}

	/** One year of the trend. */
	public record YearFigures(int year, @Nullable Integer population, @Nullable Integer households, @Nullable Integer density) {
	}

	/** The liveability survey answers: responses, and per theme its number of answers and score (from five on). */
	public record Perceived(int responses, List<ThemeScore> themes) {
	}

	public record ThemeScore(String key, int n, @Nullable Double mean, @Nullable Double marginOfError) {
	}

	public record Democracy(List<Turnout> processes, Representation representation, List<Outcome> outcomes,
			Speed questions, Speed initiatives) {
	}

	/** A process with its distinct participants against the CBS population of its area. */
	public record Turnout(UUID process, String title, AreaSummary area, String status, int participants,
			@Nullable Integer population, @Nullable Double percent) {
	}

	/**
	 * Who took part by CBS age group: {@code participants} distinct people, {@code withAgeGroup} of them gave
	 * one; per group the participants (absent under five) and their share, against the share of inhabitants.
	 */
	public record Representation(int participants, int withAgeGroup, List<AgeRow> groups) {
	}

	public record AgeRow(String key, @Nullable Integer participants, @Nullable Double participantPercent,
			@Nullable Integer populationPercent) {
	}

	/** Inputs of one kind (proposals, requests, initiatives, questions) and how many got a visible answer. */
	public record Outcome(String kind, int inputs, int answered, @Nullable Double percent) {
	}

	/** How many were answered and the median time to the first response, in days. */
	public record Speed(int total, int answered, @Nullable Double medianDays) {
	}

	public AreaSummary summary() {
		return this.area.summary();
	}

}
