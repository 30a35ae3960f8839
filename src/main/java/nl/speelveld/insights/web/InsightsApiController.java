package nl.speelveld.insights.web;

import java.util.Map;

import nl.speelveld.areas.Area;
import nl.speelveld.areas.Areas;
import nl.speelveld.insights.Choropleth;
import nl.speelveld.insights.Insights;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The insights of an area as JSON, and any measure over its parts as GeoJSON for maps and exports. */
@RestController
@RequestMapping("/api/v1/areas")
class InsightsApiController {

	private static final MediaType GEOJSON = new MediaType("application", "geo+json");

	private final Insights insights;

	private final Areas areas;

	InsightsApiController(Insights insights, Areas areas) {
		this.insights = insights;
		this.areas = areas;
	}

	@GetMapping("/{code}/insights")
	Map<String, Object> insights(@PathVariable String code, @RequestParam(required = false) @Nullable Integer year) {
		return InsightsJson.of(this.insights.of(this.insights.area(code, year)));
	}

	/**
	 * GeoJSON of the parts of the area, or of its parent when it has none; with {@code download} it comes as a
	 * file to save.
	 */
	@GetMapping(path = "/{code}/insights/map", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<Map<String, Object>> map(@PathVariable String code, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String measure,
			@RequestParam(required = false) @Nullable String download) {
		Area area = this.insights.mapArea(this.insights.area(code, year));
		Choropleth map = this.insights.map(area, Insights.measure(measure));
		var response = ResponseEntity.ok().contentType(GEOJSON);
		if (download != null) {
			response = response.header("Content-Disposition",
					InsightsController.attachment(map.measure().key() + "-" + area.code().value() + "-" + area.year() + ".geojson"));
		}
		return response.body(InsightsJson.map(map, this.areas.childShapes(area.code(), area.year())));
	}

}
