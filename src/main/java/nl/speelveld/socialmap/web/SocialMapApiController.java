package nl.speelveld.socialmap.web;

import java.time.LocalDate;
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
import nl.speelveld.socialmap.CoveringPost;
import nl.speelveld.socialmap.Place;
import nl.speelveld.socialmap.PostPage;
import nl.speelveld.socialmap.Post;
import nl.speelveld.socialmap.SocialMap;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/areas/{code}")
@Tag(name = "Social map", description = "Who works where: posts, organisations and places per area")
class SocialMapApiController {

	/** A gemeente can have thousands of posts; a page of this many keeps answers quick and small. */
	private static final int DEFAULT_PAGE_SIZE = 100;

	private static final int MAX_PAGE_SIZE = 1000;

	private final SocialMap socialMap;

	private final Areas areas;

	private final MessageSource messages;

	SocialMapApiController(SocialMap socialMap, Areas areas, MessageSource messages) {
		this.socialMap = socialMap;
		this.areas = areas;
		this.messages = messages;
	}

	@GetMapping("/posts")
	@Operation(summary = "Every current post whose coverage includes the area: directly, through a parent area or through a part of it (field coverage); paged, total counts them all")
	PostListResponse posts(@PathVariable String code, @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "1 to 1000") @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidLookup("problem.social-map.bad-page", String.valueOf(MAX_PAGE_SIZE));
		}
		PostPage found = this.socialMap.postsReaching(existing(code), page, size);
		return new PostListResponse(found.items().stream().map(PostItem::of).toList(), found.total(), found.page(),
				found.size());
	}

	@GetMapping(path = "/places", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The places in the area and its parts, as a GeoJSON FeatureCollection (RFC 7946, WGS84)")
	ResponseEntity<Map<String, Object>> places(@PathVariable String code, Locale locale) {
		List<Map<String, Object>> features = this.socialMap.placesIn(existing(code)).stream()
			.filter(Place::hasPosition)
			.map(place -> feature(place, locale))
			.toList();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/geo+json"))
			.body(Map.of("type", "FeatureCollection", "features", features));
	}

	private Map<String, Object> feature(Place place, Locale locale) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("name", place.name());
		properties.put("kind", this.messages.getMessage("place.kind." + place.kind(), null, place.kind(), locale));
		properties.put("url", "/plekken/" + place.id());
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("id", place.id().toString());
		feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(place.lon(), place.lat())));
		feature.put("properties", properties);
		return feature;
	}

	/** An unknown code is a 404 here as everywhere, not an empty list that looks like a gap. */
	private AreaCode existing(String code) {
		AreaCode parsed = AreaCode.tryParse(code).orElseThrow(() -> new AreaNotFound(code));
		this.areas.summary(parsed).orElseThrow(() -> new AreaNotFound(parsed));
		return parsed;
	}

	record PostListResponse(List<PostItem> items, int total, int page, int size) {
	}

	record OrganisationItem(String id, String name, String type) {
	}

	record ContactItem(@Nullable String email, @Nullable String phone, @Nullable String url) {
	}

	record PostItem(String id, String role, String name, String title, @Nullable String professional,
			OrganisationItem organisation, List<String> areas, String coverage, List<String> via, List<String> focus,
			String availability, List<String> languages, ContactItem contact, LocalDate lastConfirmed,
			boolean confirmed) {

		static PostItem of(CoveringPost covering) {
			Post post = covering.post();
			return new PostItem(post.id().toString(), post.roleCode(), post.name(), post.title(),
					post.professional() == null ? null : post.professional().id().toString(),
					new OrganisationItem(post.organisation().id().toString(), post.organisation().name(),
							post.organisation().type()),
					post.areas().stream().map(AreaCode::value).toList(), covering.coverage().key(),
					covering.via().stream().map(AreaCode::value).toList(), post.focus(), post.availability(),
					post.languages(),
					new ContactItem(post.contact().email(), post.contact().phone(), post.contact().webLink()),
					post.lastConfirmed(), !covering.stale());
		}

	}

}
