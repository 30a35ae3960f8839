package nl.speelveld.insights.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.areas.Area;
import nl.speelveld.insights.AreaInsights;
import nl.speelveld.insights.Choropleth;
import nl.speelveld.insights.Insights;
import nl.speelveld.insights.Measure;
import nl.speelveld.insights.UnknownMeasure;
import nl.speelveld.shared.Problem;
import nl.speelveld.shared.web.MapSettings;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The insights of an area: the dashboard, its tables as CSV and the printable report. Public, like the figures. */
@Controller
class InsightsController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Insights insights;

	private final InsightTables tables;

	private final InsightsPdf pdf;

	private final MapSettings map;

	InsightsController(Insights insights, InsightTables tables, InsightsPdf pdf, MapSettings map) {
		this.insights = insights;
		this.tables = tables;
		this.pdf = pdf;
		this.map = map;
	}

	/** An unknown measure keeps the page, with the map of the standard measure and a message at the choice. */
	@GetMapping("/gebied/{code}/inzichten")
	String dashboard(@PathVariable String code, @RequestParam(name = "jaar", required = false) @Nullable Integer year,
			@RequestParam(name = "maat", required = false) @Nullable String measureKey, Model model, Locale locale,
			HttpServletResponse response) {
		Area area = this.insights.area(code, year);
		Measure measure;
		String measureProblem = "";
		try {
			measure = Insights.measure(measureKey);
		}
		catch (UnknownMeasure unknown) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			measure = Measure.standard();
			measureProblem = unknown.messageKey();
		}
		AreaInsights found = this.insights.of(area);
		Area mapArea = this.insights.mapArea(area);
		Choropleth choropleth = this.insights.map(mapArea, measure);
		model.addAttribute("mapArea", mapArea);
		model.addAttribute("insights", found);
		model.addAttribute("tables", this.tables.all(found, locale));
		model.addAttribute("choropleth", choropleth);
		model.addAttribute("mapTable", this.tables.map(choropleth, locale));
		model.addAttribute("measures", List.of(Measure.values()));
		model.addAttribute("measureProblem", measureProblem);
		model.addAttribute("requestedMeasure", measureKey == null ? "" : measureKey);
		model.addAttribute("map", this.map);
		return "insights/dashboard";
	}

	@GetMapping("/gebied/{code}/inzichten/{table}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String code, @PathVariable String table,
			@RequestParam(name = "jaar", required = false) @Nullable Integer year,
			@RequestParam(name = "maat", required = false) @Nullable String measureKey, Locale locale) {
		Area area = this.insights.area(code, year);
		InsightTable chosen;
		if ("kaart".equals(table)) {
			chosen = this.tables.map(this.insights.map(this.insights.mapArea(area), Insights.measure(measureKey)), locale);
		}
		else {
			if (!InsightTables.IDS.contains(table)) {
				throw new UnknownTable(table);
			}
			chosen = this.tables.one(this.insights.of(area), table, locale).orElseThrow(() -> new UnknownTable(table));
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(table + "-" + area.code().value() + "-" + area.year() + ".csv"))
			.body(InsightsCsv.of(chosen));
	}

	@GetMapping("/gebied/{code}/inzichten/rapport.pdf")
	ResponseEntity<byte[]> report(@PathVariable String code, @RequestParam(name = "jaar", required = false) @Nullable Integer year,
			Locale locale) {
		Area area = this.insights.area(code, year);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("inzichten-" + area.code().value() + "-" + area.year() + ".pdf"))
			.body(this.pdf.of(this.insights.of(area), locale));
	}

	static String attachment(String filename) {
		return ContentDisposition.attachment().filename(filename).build().toString();
	}

	/** A CSV of a table the insights do not have. */
	static class UnknownTable extends Problem {

		UnknownTable(String table) {
			super(Kind.NOT_FOUND, "insights.problem.unknown-table", table);
		}

	}

	/** For the template: the measures grouped by lens, in order. */
	static Map<Measure.Lens, List<Measure>> byLens() {
		return java.util.Arrays.stream(Measure.values())
			.collect(java.util.stream.Collectors.groupingBy(Measure::lens, () -> new java.util.EnumMap<>(Measure.Lens.class),
					java.util.stream.Collectors.toList()));
	}

}
