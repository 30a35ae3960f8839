package nl.speelveld.socialmap.search.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.roles.RoleType;
import nl.speelveld.roles.Roles;
import nl.speelveld.socialmap.search.HitType;
import nl.speelveld.socialmap.search.SearchRefused;
import nl.speelveld.socialmap.search.SearchRequest;
import nl.speelveld.socialmap.search.SearchResults;
import nl.speelveld.socialmap.search.SocialMapSearch;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search in the social map as a page: a form that works without JavaScript, results with what kind of thing
 * each is, and a Dutch message next to a field that cannot be used. Its filters take words people know: a
 * postcode or place name for the area, a role from a list.
 */
@Controller
class SearchPageController {

	static final int PAGE_SIZE = 20;

	private final SocialMapSearch search;

	private final Areas areas;

	private final Roles roles;

	private final MessageSource messages;

	SearchPageController(SocialMapSearch search, Areas areas, Roles roles, MessageSource messages) {
		this.search = search;
		this.areas = areas;
		this.roles = roles;
		this.messages = messages;
	}

	@GetMapping(SearchPage.PATH)
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String gebied,
			@RequestParam(required = false) @Nullable String rol, @RequestParam(required = false) @Nullable String soort,
			@RequestParam(required = false) @Nullable String pagina, Model model, Locale locale) {
		var form = new SearchPage.Form(text(q), text(gebied), text(rol), text(soort));
		boolean asked = q != null || gebied != null || rol != null || soort != null;
		Map<String, String> problems = new LinkedHashMap<>();
		AreaChoice area = AreaChoice.of(this.areas, form.gebied());
		Optional<RoleType> role = form.rol().isEmpty() ? Optional.empty() : this.roles.find(form.rol());
		Optional<HitType> type = form.soort().isEmpty() ? Optional.empty() : HitType.fromPageKey(form.soort());
		if (asked) {
			check(form, area, role, type, problems);
		}
		SearchResults results = null;
		if (asked && problems.isEmpty()) {
			try {
				results = this.search.search(new SearchRequest(form.q(), code(area.area()), role.map(RoleType::code)
					.orElse(null), type.map(Set::of).orElse(Set.of()), page(pagina), PAGE_SIZE));
			}
			catch (SearchRefused refused) {
				problems.put("zoekterm", "socialmap-search.error.q-only-excluded");
			}
		}
		AreaSummary chosen = area.area();
		model.addAttribute("search", new SearchPage(form, problems, results, chosen == null ? null : chosen.name(),
				results == null ? List.of() : rows(results, locale), roleOptions(locale), typeOptions(locale)));
		return "socialmap/search";
	}

	private static void check(SearchPage.Form form, AreaChoice area, Optional<RoleType> role, Optional<HitType> type,
			Map<String, String> problems) {
		if (form.q().isEmpty()) {
			problems.put("zoekterm", "socialmap-search.error.q-empty");
		}
		else if (form.q().length() > 200) {
			problems.put("zoekterm", "socialmap-search.error.q-too-long");
		}
		if (area.problem() != null) {
			problems.put("gebied", area.problem());
		}
		if (!form.rol().isEmpty() && role.isEmpty()) {
			problems.put("rol", "socialmap-search.error.role-unknown");
		}
		if (!form.soort().isEmpty() && type.isEmpty()) {
			problems.put("soort", "socialmap-search.error.type-unknown");
		}
	}

	private List<SearchPage.Row> rows(SearchResults results, Locale locale) {
		return results.items()
			.stream()
			.map(hit -> SearchPage.row(hit, text("socialmap-search.type." + hit.type().key(), locale),
					hit.role() == null ? null : this.roles.find(hit.role()).map(role -> role.name(locale)).orElse(null),
					this::areaName))
			.toList();
	}

	private String areaName(String code) {
		return AreaCode.tryParse(code).flatMap(this.areas::summary).map(AreaSummary::name).orElse(code);
	}

	private List<SearchPage.Option> roleOptions(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return this.roles.all()
			.stream()
			.map(role -> new SearchPage.Option(role.code(), role.name(locale)))
			.sorted(Comparator.comparing(SearchPage.Option::label, collator))
			.toList();
	}

	private List<SearchPage.Option> typeOptions(Locale locale) {
		return List.of(HitType.values())
			.stream()
			.map(type -> new SearchPage.Option(type.pageKey(), text("socialmap-search.types." + type.key(), locale)))
			.toList();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static @Nullable AreaCode code(@Nullable AreaSummary area) {
		return area == null ? null : area.code();
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	/** The page as counted by people, from 1; anything else is the first page. */
	private static int page(@Nullable String pagina) {
		try {
			int counted = pagina == null ? 1 : Integer.parseInt(pagina.strip());
			return counted >= 1 && counted <= 1000 ? counted - 1 : 0;
		}
		catch (NumberFormatException notANumber) {
			return 0;
		}
	}

}
