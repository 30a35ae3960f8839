package nl.speelveld.socialmap.search.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.InvalidAreaCode;
import nl.speelveld.socialmap.search.HitType;
import nl.speelveld.socialmap.search.SearchHit;
import nl.speelveld.socialmap.search.SearchRefused;
import nl.speelveld.socialmap.search.SearchRequest;
import nl.speelveld.socialmap.search.SearchResults;
import nl.speelveld.socialmap.search.SocialMapSearch;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Search", description = "Search over the social map: posts, organisations, services and places")
class SearchApiController {

	private final SocialMapSearch search;

	SearchApiController(SocialMapSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	@Operation(summary = "Ranked hits across posts, organisations, services and places",
			description = "The words are read as in a web search engine: \"a phrase\" in double quotes, or between "
					+ "alternatives, -word to leave a word out. Dutch word forms match (moestuinen finds moestuin), "
					+ "as do local job titles of a role type. A word that finds nothing as typed is replaced by the "
					+ "known word most like it; corrected then holds the text that was searched. Hits on a name or "
					+ "title rank above hits in other text. When a search matches more than a few hundred documents "
					+ "of a kind, a selection of them is ranked (all name hits first) and totalExact is false: total "
					+ "is then a lower bound, and an area, role or type gives a complete answer.")
	SearchResponse search(@Parameter(description = "what to search for, at most 200 characters")
	@RequestParam(required = false) @Nullable String q,
			@Parameter(description = "a CBS code (GM, WK, BU or KR): hits in this area or inside it, and posts, "
					+ "organisations and services that cover an area holding it")
			@RequestParam(required = false) @Nullable String area,
			@Parameter(description = "a role type code such as wijkagent; only posts have a role")
			@RequestParam(required = false) @Nullable String role,
			@Parameter(description = "post, organisation, service or place; several separated by commas")
			@RequestParam(required = false) @Nullable String type,
			@Parameter(description = "from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") int size) {
		SearchResults results = this.search.search(new SearchRequest(q == null ? "" : q, area(area), blankToNull(role),
				types(type), page, size));
		return SearchResponse.of(results);
	}

	private static @Nullable AreaCode area(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return AreaCode.tryParse(text).orElseThrow(() -> new InvalidAreaCode(text));
	}

	private static Set<HitType> types(@Nullable String text) {
		Set<HitType> types = new LinkedHashSet<>();
		if (text != null && !text.isBlank()) {
			Arrays.stream(text.split(",")).forEach(key -> types.add(HitType.fromKey(key)
				.orElseThrow(() -> new SearchRefused("problem.search.unknown-type", key.strip()))));
		}
		return types;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SearchResponse(String query, @Nullable String corrected, List<HitResponse> items, long total,
			boolean totalExact, int page, int size) {

		static SearchResponse of(SearchResults results) {
			return new SearchResponse(results.query(), results.corrected(),
					results.items().stream().map(HitResponse::of).toList(), results.total(), results.exact(),
					results.page(), results.size());
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record HitResponse(String type, UUID id, String title, String summary, String url, List<String> areas,
			@Nullable String role, double score) {

		static HitResponse of(SearchHit hit) {
			return new HitResponse(hit.type().key(), hit.id(), hit.title(), hit.summary(), hit.url(), hit.areas(),
					hit.role(), hit.score());
		}

	}

}
