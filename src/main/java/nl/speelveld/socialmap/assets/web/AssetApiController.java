package nl.speelveld.socialmap.assets.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.Areas;
import nl.speelveld.areas.InvalidLookup;
import nl.speelveld.socialmap.AssetCategory;
import nl.speelveld.socialmap.AssetSummary;
import nl.speelveld.socialmap.assets.AssetMap;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The asset map as GeoJSON: public data only, whoever asks. */
@RestController
@Tag(name = "Asset map", description = "What a neighbourhood has: associations, institutions, places, activities and public gifts of residents")
class AssetApiController {

	private final AssetMap assets;

	private final Areas areas;

	private final MessageSource messages;

	AssetApiController(AssetMap assets, Areas areas, MessageSource messages) {
		this.assets = assets;
		this.areas = areas;
		this.messages = messages;
	}

	@GetMapping(path = "/api/v1/areas/{code}/assets", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The public assets of the area and its parts as a GeoJSON FeatureCollection (RFC 7946, WGS84). A gift of a resident is included only when they made it public, without anything about them, at the centre of its area; an asset without a known position has geometry null")
	ResponseEntity<Map<String, Object>> assets(@PathVariable String code,
			@Parameter(description = "associations, institutions, places, activities, gifts; repeat or separate by commas; all when absent")
			@RequestParam(name = "category", required = false) @Nullable List<String> category, Locale locale) {
		AreaCode area = AreaCode.tryParse(code).orElseThrow(() -> new AreaNotFound(code));
		this.areas.summary(area).orElseThrow(() -> new AreaNotFound(area));
		List<String> wanted = new ArrayList<>();
		for (String part : category == null ? List.<String>of() : category) {
			for (String key : part.split(",")) {
				String trimmed = key.strip();
				if (!trimmed.isEmpty() && !AssetCategory.KEYS.contains(trimmed)) {
					throw new InvalidLookup("problem.assets.unknown-category", trimmed.length() > 40 ? trimmed.substring(0, 40) : trimmed,
							String.join(", ", AssetCategory.KEYS));
				}
				if (!trimmed.isEmpty()) {
					wanted.add(trimmed);
				}
			}
		}
		List<Map<String, Object>> features = this.assets.assets(area, wanted).stream()
			.map(asset -> feature(asset, locale))
			.toList();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/geo+json"))
			.body(Map.of("type", "FeatureCollection", "features", features));
	}

	private Map<String, Object> feature(AssetSummary asset, Locale locale) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("id", asset.id());
		properties.put("category", asset.category());
		properties.put("kind", this.messages.getMessage(asset.kindKey(), null, asset.kind(), locale));
		properties.put("name", asset.name());
		properties.put("url", asset.url());
		properties.put("area", asset.area().value());
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("id", asset.id());
		feature.put("geometry", asset.hasPosition()
				? Map.of("type", "Point", "coordinates", List.of(asset.lon(), asset.lat())) : null);
		feature.put("properties", properties);
		return feature;
	}

}
