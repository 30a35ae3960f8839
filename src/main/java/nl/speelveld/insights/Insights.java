package nl.speelveld.insights;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.areas.KeyFigure;
import nl.speelveld.areas.KeyFigures;
import nl.speelveld.initiatives.DecisionTimes;
import nl.speelveld.insights.AreaInsights.AgeRow;
import nl.speelveld.insights.AreaInsights.Democracy;
import nl.speelveld.insights.AreaInsights.Outcome;
import nl.speelveld.insights.AreaInsights.Perceived;
import nl.speelveld.insights.AreaInsights.Registered;
import nl.speelveld.insights.AreaInsights.Representation;
import nl.speelveld.insights.AreaInsights.Speed;
import nl.speelveld.insights.AreaInsights.ThemeScore;
import nl.speelveld.insights.AreaInsights.Turnout;
import nl.speelveld.insights.AreaInsights.YearFigures;
import nl.speelveld.participation.LiveabilityScores;
import nl.speelveld.participation.ParticipationFigures;
import nl.speelveld.routing.ResponseTimes;
import nl.speelveld.socialmap.PlayingFieldFigures;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The insights of an area: reads the figures of the areas, participation, wegwijzer, initiatives and social
 * map modules through their public APIs and puts them side by side. Writes nothing.
 */
@Service
public class Insights {

	private static final Map<String, KeyFigure> AGE_FIGURES = new LinkedHashMap<>();

	static {
		AGE_FIGURES.put("0-15", KeyFigure.AGE_0_15);
		AGE_FIGURES.put("15-25", KeyFigure.AGE_15_25);
		AGE_FIGURES.put("25-45", KeyFigure.AGE_25_45);
		AGE_FIGURES.put("45-65", KeyFigure.AGE_45_65);
		AGE_FIGURES.put("65+", KeyFigure.AGE_65_PLUS);
	}

	private final Areas areas;

	private final LiveabilityScores liveability;

	private final ParticipationFigures participation;

	private final ResponseTimes responseTimes;

	private final DecisionTimes decisionTimes;

	private final PlayingFieldFigures playingFields;

	private final RegisteredMaps registeredMaps;

	Insights(Areas areas, LiveabilityScores liveability, ParticipationFigures participation, ResponseTimes responseTimes,
			DecisionTimes decisionTimes, PlayingFieldFigures playingFields, RegisteredMaps registeredMaps) {
		this.areas = areas;
		this.liveability = liveability;
		this.participation = participation;
		this.responseTimes = responseTimes;
		this.decisionTimes = decisionTimes;
		this.playingFields = playingFields;
		this.registeredMaps = registeredMaps;
	}

	/** The area by the text of its code; unknown codes and years are a 404. */
	public Area area(String code, @Nullable Integer year) {
		return this.areas.area(AreaCode.tryParse(code).orElseThrow(() -> new AreaNotFound(code)), year);
	}

	public AreaInsights of(Area area) {
		return new AreaInsights(area, registered(area), perceived(area.code()), democracy(area),
				this.playingFields.of(area));
	}

	/**
	 * The area whose parts a map of {@code area} compares: its own parts, or, for an area without parts (a wijk
	 * whose buurten the bundled CBS files lack, a buurt), the parts of its parent, among which it lies.
	 */
	public Area mapArea(Area area) {
		if (!area.children().isEmpty() || area.summary().parent() == null) {
			return area;
		}
		return sameYear(area.summary().parent(), area.year()).orElse(area);
	}

	/** The measure over the parts of the area; an area without parts gives a map without parts. */
	public Choropleth map(Area area, Measure measure) {
		if (measure.lens() == Measure.Lens.REGISTERED) {
			return this.registeredMaps.get(area.code().value() + "/" + area.year() + "/" + measure.key(), () -> compute(area, measure));
		}
		return compute(area, measure);
	}

	private Choropleth compute(Area area, Measure measure) {
		Map<AreaSummary, @Nullable Double> values = new LinkedHashMap<>();
		for (AreaSummary child : area.children()) {
			values.put(child, value(child, measure));
		}
		return Choropleth.of(area.summary(), measure, values);
	}

	public static Measure measure(@Nullable String key) {
		return key == null || key.isBlank() ? Measure.standard() : Measure.fromKey(key).orElseThrow(() -> new UnknownMeasure(key));
	}

	private Registered registered(Area area) {
		KeyFigures figures = area.figures();
		Map<String, Integer> ages = new LinkedHashMap<>();
		AGE_FIGURES.forEach((key, figure) -> {
			Number value = figures.get(figure);
			if (value != null) {
				ages.put(key, value.intValue());
			}
		});
		List<Integer> years = new ArrayList<>(area.otherYears());
		years.add(area.year());
		List<YearFigures> trend = trend(area, years);
		return new Registered(area.year(), figures.inhabitants(), whole(figures, KeyFigure.HOUSEHOLDS),
				decimal(figures, KeyFigure.AVERAGE_HOUSEHOLD_SIZE), whole(figures, KeyFigure.DENSITY),
				whole(figures, KeyFigure.DWELLINGS), ages, trend);
	}

	private List<YearFigures> trend(Area area, List<Integer> years) {
		List<YearFigures> trend = new ArrayList<>();
		for (int year : years.stream().sorted().toList()) {
			KeyFigures f = year == area.year() ? area.figures() : this.areas.area(area.code(), year).figures();
			// a year whose file had no figures for the area (only its boundary) tells nothing about a trend
			if (f.inhabitants() != null || f.get(KeyFigure.HOUSEHOLDS) != null) {
				trend.add(new YearFigures(year, f.inhabitants(), whole(f, KeyFigure.HOUSEHOLDS), whole(f, KeyFigure.DENSITY)));
			}
		}
		return trend;
	}

	private Perceived perceived(AreaCode area) {
		LiveabilityScores.Perceived scores = this.liveability.of(area);
		return new Perceived(scores.responses(), scores.themes()
			.stream()
			.map(theme -> new ThemeScore(theme.key(), theme.n(), theme.score().map(LiveabilityScores.Score::mean).orElse(null),
					theme.score().map(LiveabilityScores.Score::marginOfError).orElse(null)))
			.toList());
	}

	private Democracy democracy(Area area) {
		Map<AreaCode, Optional<Area>> processAreas = new HashMap<>();
		List<Turnout> turnout = new ArrayList<>();
		for (ParticipationFigures.ProcessTurnout process : this.participation.processes(area.code())) {
			Optional<Area> where = processAreas.computeIfAbsent(process.area(), code -> sameYear(code, area.year()));
			Integer population = where.map(a -> a.figures().inhabitants()).orElse(null);
			AreaSummary summary = where.map(Area::summary)
				.orElse(new AreaSummary(process.area(), process.area().value(), process.area().level(), area.year(), null));
			turnout.add(new Turnout(process.id(), process.title(), summary, process.status(), process.participants(), population,
					population == null || population == 0 ? null : 100.0 * process.participants() / population));
		}
		ParticipationFigures.Outcomes outcomes = this.participation.outcomes(area.code());
		ResponseTimes.Median questions = this.responseTimes.toFirstResponse(area.code());
		DecisionTimes.Median initiatives = this.decisionTimes.toFirstDecision(area.code());
		List<Outcome> answered = List.of(outcome("proposals", outcomes.proposals(), outcomes.proposalsAnswered()),
				outcome("challenges", outcomes.challenges(), outcomes.challengesDecided()),
				outcome("initiatives", initiatives.submitted(), initiatives.decided()),
				outcome("questions", questions.questions(), questions.responded()));
		return new Democracy(turnout, representation(area), answered,
				new Speed(questions.questions(), questions.responded(), days(questions.median())),
				new Speed(initiatives.submitted(), initiatives.decided(), days(initiatives.median())));
	}

	/**
	 * Participants by age group against the inhabitants: a group with fewer than five participants shows no
	 * count or share, and when fewer than five people gave an age at all, no group does.
	 */
	private Representation representation(Area area) {
		ParticipationFigures.AgeGroups groups = this.participation.participantsByAge(area.code());
		int withAge = groups.byBand().values().stream().mapToInt(Integer::intValue).sum();
		List<AgeRow> rows = new ArrayList<>();
		for (String key : ParticipationFigures.ageGroupKeys()) {
			int count = groups.byBand().getOrDefault(key, 0);
			boolean shown = count >= AreaInsights.SMALLEST_GROUP && withAge >= AreaInsights.SMALLEST_GROUP;
			Number cbs = AGE_FIGURES.containsKey(key) ? area.figures().get(AGE_FIGURES.get(key)) : null;
			rows.add(new AgeRow(key, shown ? count : null, shown ? 100.0 * count / withAge : null,
					cbs == null ? null : cbs.intValue()));
		}
		return new Representation(groups.participants(), withAge, rows);
	}

	private @Nullable Double value(AreaSummary child, Measure measure) {
		switch (measure.lens()) {
			case PERCEIVED -> {
				var themes = this.liveability.of(child.code()).themes().stream().filter(t -> t.score().isPresent()).toList();
				return themes.isEmpty() ? null
						: themes.stream().mapToDouble(t -> t.score().orElseThrow().mean()).average().orElseThrow();
			}
			case DEMOCRACY -> {
				Integer population = this.areas.area(child.code(), child.year()).figures().inhabitants();
				int participants = this.participation.participantsByAge(child.code()).participants();
				return population == null || population == 0 ? null : 1000.0 * participants / population;
			}
			case PLAYING_FIELD -> {
				return (double) this.playingFields.of(this.areas.area(child.code(), child.year())).gaps().size();
			}
			default -> {
				KeyFigure figure = switch (measure) {
					case DENSITY -> KeyFigure.DENSITY;
					case HOUSEHOLDS -> KeyFigure.HOUSEHOLDS;
					case AVERAGE_HOUSEHOLD_SIZE -> KeyFigure.AVERAGE_HOUSEHOLD_SIZE;
					case AGE_0_15 -> KeyFigure.AGE_0_15;
					case AGE_15_25 -> KeyFigure.AGE_15_25;
					case AGE_25_45 -> KeyFigure.AGE_25_45;
					case AGE_45_65 -> KeyFigure.AGE_45_65;
					case AGE_65_PLUS -> KeyFigure.AGE_65_PLUS;
					default -> KeyFigure.INHABITANTS;
				};
				Number value = this.areas.area(child.code(), child.year()).figures().get(figure);
				return value == null ? null : value.doubleValue();
			}
		}
	}

	private Optional<Area> sameYear(AreaCode code, int year) {
		try {
			return Optional.of(this.areas.area(code, year));
		}
		catch (AreaNotFound notInThatYear) {
			try {
				return Optional.of(this.areas.area(code, null));
			}
			catch (AreaNotFound unknown) {
				return Optional.empty();
			}
		}
	}

	private static Outcome outcome(String kind, int inputs, int answered) {
		return new Outcome(kind, inputs, answered, inputs == 0 ? null : 100.0 * answered / inputs);
	}

	private static @Nullable Double days(@Nullable Duration duration) {
		return duration == null ? null : duration.toSeconds() / 86_400.0;
	}

	private static @Nullable Integer whole(KeyFigures figures, KeyFigure figure) {
		Number value = figures.get(figure);
		return value == null ? null : value.intValue();
	}

	private static @Nullable Double decimal(KeyFigures figures, KeyFigure figure) {
		Number value = figures.get(figure);
		return value == null ? null : value.doubleValue();
	}

}
