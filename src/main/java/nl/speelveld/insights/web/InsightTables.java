package nl.speelveld.insights.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.speelveld.insights.AreaInsights;
import nl.speelveld.insights.AreaInsights.Registered;
import nl.speelveld.insights.Choropleth;
import nl.speelveld.insights.web.InsightTable.Figure;
import nl.speelveld.insights.web.InsightTable.Row;
import nl.speelveld.socialmap.PlayingFieldFigures;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns the insights of an area into its tables, in the reader's language. */
@Component
class InsightTables {

	/** The ids of every table, in the order of the page; each is also the name of its CSV. */
	static final List<String> IDS = List.of("kerncijfers", "leeftijd", "trend", "leefbaarheid", "opkomst",
			"vertegenwoordiging", "uitkomsten", "reactietijden", "speelveld", "normen");

	private final MessageSource messages;

	InsightTables(MessageSource messages) {
		this.messages = messages;
	}

	/** Every table by id, in the order of {@link #IDS}. */
	Map<String, InsightTable> all(AreaInsights insights, Locale locale) {
		Texts t = new Texts(this.messages, locale);
		String name = insights.area().name();
		Map<String, InsightTable> tables = new LinkedHashMap<>();
		Registered registered = insights.registered();
		String year = String.valueOf(registered.year());
		tables.put("kerncijfers", new InsightTable("kerncijfers", t.get("insights.table.kerncijfers", name, year),
				t.columns("figure", "value"), List.of(
						new Row(t.get("insights.figure.population"), cells(registered.population())),
						new Row(t.get("insights.figure.households"), cells(registered.households())),
						new Row(t.get("insights.figure.average-household-size"),
								cells(registered.averageHouseholdSize() == null ? null : new Figure(registered.averageHouseholdSize(), 2))),
						new Row(t.get("insights.figure.density"), cells(registered.density())),
						new Row(t.get("insights.figure.dwellings"), cells(registered.dwellings())))));
		List<Row> ages = new ArrayList<>();
		registered.ageGroups().forEach((key, percent) -> ages.add(new Row(t.get("age-band." + key),
				cells(percent, registered.population() == null ? null : Math.round(percent / 100.0 * registered.population())))));
		tables.put("leeftijd", new InsightTable("leeftijd", t.get("insights.table.leeftijd", name, year),
				t.columns("age-group", "percent-inhabitants", "inhabitants-rounded"), ages));
		tables.put("trend", new InsightTable("trend", t.get("insights.table.trend", name),
				t.columns("year", "population", "households", "density"), registered.trend()
					.stream()
					.map(y -> new Row(String.valueOf(y.year()), cells(y.population(), y.households(), y.density())))
					.toList()));
		tables.put("leefbaarheid", new InsightTable("leefbaarheid", t.get("insights.table.leefbaarheid", name,
				String.valueOf(insights.perceived().responses())), t.columns("theme", "mean", "margin", "answers"),
				insights.perceived()
					.themes()
					.stream()
					.map(theme -> new Row(t.get("survey.theme." + theme.key()), cells(figure(theme.mean(), 1),
							theme.marginOfError() == null ? null : new Figure(theme.marginOfError(), 1), theme.n())))
					.toList()));
		tables.put("opkomst", new InsightTable("opkomst", t.get("insights.table.opkomst", name),
				t.columns("process", "area", "status", "participants", "population", "turnout"), insights.democracy()
					.processes()
					.stream()
					.map(p -> new Row(p.title(), cells(p.area().name(), t.get("insights.status." + p.status()), p.participants(),
							p.population(), figure(p.percent(), 2))))
					.toList()));
		AreaInsights.Representation representation = insights.democracy().representation();
		tables.put("vertegenwoordiging", new InsightTable("vertegenwoordiging", t.get("insights.table.vertegenwoordiging", name,
				String.valueOf(representation.participants()), String.valueOf(representation.withAgeGroup())),
				t.columns("age-group", "participants", "percent-participants", "percent-inhabitants"), representation.groups()
					.stream()
					.map(g -> new Row(t.get("age-band." + g.key()), cells(g.participants(), figure(g.participantPercent(), 0),
							g.populationPercent())))
					.toList()));
		tables.put("uitkomsten", new InsightTable("uitkomsten", t.get("insights.table.uitkomsten", name),
				t.columns("input", "inputs", "answered", "percent-answered"), insights.democracy()
					.outcomes()
					.stream()
					.map(o -> new Row(t.get("insights.input." + o.kind()), cells(o.inputs(), o.answered(), figure(o.percent(), 0))))
					.toList()));
		AreaInsights.Speed questions = insights.democracy().questions();
		AreaInsights.Speed initiatives = insights.democracy().initiatives();
		tables.put("reactietijden", new InsightTable("reactietijden", t.get("insights.table.reactietijden", name),
				t.columns("kind", "total", "responded", "median-days"), List.of(
						new Row(t.get("insights.speed.questions"), cells(questions.total(), questions.answered(), figure(questions.medianDays(), 1))),
						new Row(t.get("insights.speed.initiatives"),
								cells(initiatives.total(), initiatives.answered(), figure(initiatives.medianDays(), 1))))));
		PlayingFieldFigures.Figures field = insights.playingField();
		tables.put("speelveld", new InsightTable("speelveld", t.get("insights.table.speelveld", name),
				t.columns("goal", "themes", "covered", "partly", "overlap", "gap"), field.goals()
					.stream()
					.map(g -> new Row(t.get("insights.goal." + g.goal().key()), cells(g.themes(), g.covered(), g.partly(), g.overlap(), g.gap())))
					.toList()));
		tables.put("normen", new InsightTable("normen", t.get("insights.table.normen", name),
				t.columns("role", "norm", "required", "present", "shortfall"), field.norms()
					.stream()
					.map(n -> new Row(n.role().name(locale), cells(n.inhabitantsPerPost(), n.required(),
							new Figure(n.present().doubleValue(), 1), n.shortfall() == null ? null : new Figure(n.shortfall().doubleValue(), 1))))
					.toList()));
		return tables;
	}

	/** The choropleth's values as a table, in the order of the parts. */
	InsightTable map(Choropleth map, Locale locale) {
		Texts t = new Texts(this.messages, locale);
		String measure = t.get("insights.measure." + map.measure().key());
		return new InsightTable("kaart", t.get("insights.table.kaart", measure, map.area().name()),
				List.of(t.get("insights.column.part"), measure, t.get("insights.column.class")), map.parts()
					.stream()
					.map(part -> new Row(part.area().name(), cells(figure(part.value(), map.measure().decimals()), part.colourClass())))
					.toList());
	}

	Optional<InsightTable> one(AreaInsights insights, String id, Locale locale) {
		return Optional.ofNullable(all(insights, locale).get(id));
	}

	private static @Nullable Figure figure(@Nullable Double value, int decimals) {
		return value == null ? null : new Figure(value, decimals);
	}

	private static List<@Nullable Object> cells(@Nullable Object... values) {
		return Arrays.asList(values);
	}

	private record Texts(MessageSource messages, Locale locale) {

		String get(String key, Object... args) {
			return this.messages.getMessage(key, args, key, this.locale);
		}

		List<String> columns(String... keys) {
			return Arrays.stream(keys).map(key -> get("insights.column." + key)).toList();
		}

	}

}
