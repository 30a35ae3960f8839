package nl.speelveld.areas.web;

import java.util.List;
import java.util.Locale;

import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaLookup;
import nl.speelveld.areas.AreaNames;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.AreaPage;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.shared.web.MapSettings;
import nl.speelveld.areas.PlaceMatch;
import nl.speelveld.areas.PostcodeNotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The resident's way in: search by postcode or place, area pages with a map, the list of gemeenten. */
@Controller
class AreaPageController {

	private static final int SEARCH_LIMIT = 25;

	private final Areas areas;

	private final MapSettings map;

	AreaPageController(Areas areas, MapSettings map) {
		this.areas = areas;
		this.map = map;
	}

	@GetMapping("/gebied/{code}")
	String area(@PathVariable String code, @RequestParam(name = "jaar", required = false) @Nullable Integer year,
			Model model, Locale locale) {
		Area area = this.areas.area(AreaCode.tryParse(code).orElseThrow(() -> new AreaNotFound(code)), year);
		model.addAttribute("area", area);
		model.addAttribute("figures", FigureRow.of(area.figures(), locale));
		model.addAttribute("map", this.map);
		return "areas/area";
	}

	@GetMapping("/gemeenten")
	String gemeenten(@RequestParam(name = "q", required = false) @Nullable String filter,
			@RequestParam(name = "jaar", required = false) @Nullable Integer year, Model model) {
		AreaPage gemeenten = this.areas.list(AreaLevel.GEMEENTE, year, filter, 0, 500);
		model.addAttribute("gemeenten", gemeenten.items());
		model.addAttribute("total", gemeenten.total());
		model.addAttribute("filter", filter == null ? "" : filter);
		model.addAttribute("year", gemeenten.items().isEmpty() ? 0 : gemeenten.items().get(0).year());
		return "areas/gemeenten";
	}

	/**
	 * A postcode leads straight to its wijk (or buurt); a place name that matches exactly one area leads to
	 * it; anything else lists what matched.
	 */
	@GetMapping("/zoeken")
	String search(@RequestParam(name = "q", required = false) @Nullable String query, Model model) {
		String text = query == null ? "" : query.trim();
		model.addAttribute("query", text);
		model.addAttribute("matches", List.of());
		model.addAttribute("problem", "");
		if (text.isEmpty()) {
			model.addAttribute("problem", "search.empty");
			return "areas/search";
		}
		if (Areas.looksLikePostcode(text)) {
			try {
				AreaLookup found = this.areas.lookupPostcode(text, null);
				return "redirect:" + link(found.finest());
			}
			catch (PostcodeNotFound unknownPostcode) {
				model.addAttribute("problem", "search.postcode-unknown");
				return "areas/search";
			}
		}
		List<PlaceMatch> matches = this.areas.findPlaces(text, SEARCH_LIMIT);
		List<PlaceMatch> exact = matches.stream()
			.filter(match -> match.via() == null
					&& AreaNames.searchKey(match.area().name()).equals(AreaNames.searchKey(text)))
			.toList();
		if (exact.size() == 1) {
			return "redirect:" + link(exact.get(0).area());
		}
		model.addAttribute("matches", matches);
		if (matches.isEmpty()) {
			model.addAttribute("problem", "search.nothing-found");
		}
		return "areas/search";
	}

	static String link(AreaSummary area) {
		return "/gebied/" + area.code().value() + "?jaar=" + area.year();
	}

}
