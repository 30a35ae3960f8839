package nl.speelveld.areas.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaLookup;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.AreaPage;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.areas.InvalidLookup;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/areas")
@Tag(name = "Areas", description = "CBS gemeenten, wijken and buurten by year; lookups by point and postcode")
class AreaApiController {

	private static final String GEOJSON = "application/geo+json";

	private final Areas areas;

	AreaApiController(Areas areas) {
		this.areas = areas;
	}

	@GetMapping
	@Operation(summary = "List areas of one level and year, paged")
	AreaListResponse list(@Parameter(description = "gemeente, wijk, buurt or kern") @RequestParam String level,
			@RequestParam(required = false) @Nullable Integer year,
			@Parameter(description = "part of the name") @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		AreaLevel parsed = AreaLevel.fromKey(level).orElseThrow(() -> new InvalidLookup("problem.area.bad-level", level));
		AreaPage found = this.areas.list(parsed, year, q, page, size);
		return new AreaListResponse(found.items().stream().map(AreaItem::of).toList(), found.total(), found.page(),
				found.size());
	}

	@GetMapping("/lookup")
	@Operation(summary = "The gemeente, wijk and buurt at a WGS84 point or of a postcode")
	AreaLookupResponse lookup(@RequestParam(required = false) @Nullable Double lat,
			@RequestParam(required = false) @Nullable Double lon,
			@Parameter(description = "PC4 such as 3511, or PC6 such as 3511 AB") @RequestParam(required = false) @Nullable String postcode,
			@RequestParam(required = false) @Nullable Integer year) {
		if (postcode != null && !postcode.isBlank()) {
			return AreaLookupResponse.of(this.areas.lookupPostcode(postcode, year));
		}
		if (lat == null || lon == null) {
			throw new InvalidLookup("problem.area.lookup-needs-input");
		}
		return AreaLookupResponse.of(this.areas.lookup(lat, lon, year));
	}

	@GetMapping("/{code}")
	@Operation(summary = "One area with its parent, children and key figures")
	AreaResponse area(@PathVariable String code, @RequestParam(required = false) @Nullable Integer year) {
		return AreaResponse.of(this.areas.area(parse(code), year));
	}

	@GetMapping(path = "/{code}/geometry", produces = { GEOJSON, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The boundary of an area as a GeoJSON Feature (RFC 7946, WGS84)")
	ResponseEntity<Map<String, Object>> geometry(@PathVariable String code,
			@RequestParam(required = false) @Nullable Integer year) {
		return geoJson(GeoJson.feature(this.areas.shape(parse(code), year)));
	}

	@GetMapping(path = "/{code}/children/geometry", produces = { GEOJSON, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The boundaries of an area's children as a GeoJSON FeatureCollection")
	ResponseEntity<Map<String, Object>> childGeometries(@PathVariable String code,
			@RequestParam(required = false) @Nullable Integer year) {
		return geoJson(GeoJson.featureCollection(this.areas.childShapes(parse(code), year)));
	}

	private static ResponseEntity<Map<String, Object>> geoJson(Map<String, Object> body) {
		// Boundaries change only with an import; an hour of caching spares the map a lot of bytes.
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(GEOJSON))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
			.body(body);
	}

	/** Text that is no code at all is, to the caller, just another code we do not know. */
	private static AreaCode parse(String code) {
		return AreaCode.tryParse(code).orElseThrow(() -> new AreaNotFound(code));
	}

	record AreaItem(String code, String name, String level, int year, @Nullable String parent) {

		static AreaItem of(AreaSummary area) {
			return new AreaItem(area.code().value(), area.name(), area.level().key(), area.year(),
					area.parent() == null ? null : area.parent().value());
		}

	}

	record AreaListResponse(List<AreaItem> items, long total, int page, int size) {
	}

	record AreaResponse(String code, String name, String level, int year, @Nullable String parent,
			List<String> children, Map<String, Number> figures, Area.@Nullable Position label,
			Area.@Nullable BoundingBox bbox, List<Integer> otherYears) {

		static AreaResponse of(Area area) {
			var summary = AreaItem.of(area.summary());
			return new AreaResponse(summary.code(), summary.name(), summary.level(), summary.year(), summary.parent(),
					area.children().stream().map(child -> child.code().value()).toList(), area.figures().asMap(),
					area.label(), area.bounds(), area.otherYears());
		}

	}

	record NamedArea(String code, String name) {

		static @Nullable NamedArea of(@Nullable AreaSummary area) {
			return area == null ? null : new NamedArea(area.code().value(), area.name());
		}

	}

	record AreaLookupResponse(int year, NamedArea gemeente, @Nullable NamedArea wijk, @Nullable NamedArea buurt) {

		static AreaLookupResponse of(AreaLookup lookup) {
			return new AreaLookupResponse(lookup.year(), NamedArea.of(lookup.gemeente()), NamedArea.of(lookup.wijk()),
					NamedArea.of(lookup.buurt()));
		}

	}

}
