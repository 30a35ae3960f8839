package nl.speelveld.initiatives.web;

import java.util.ArrayList;
import java.util.List;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLookup;
import nl.speelveld.areas.AreaNames;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.areas.PlaceMatch;
import nl.speelveld.areas.PostcodeNotFound;
import nl.speelveld.initiatives.listing.AreaInitiatives;
import nl.speelveld.initiatives.listing.InitiativeQuery;
import nl.speelveld.initiatives.listing.QueryParameters;
import nl.speelveld.shared.web.MapSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public list and map of the initiatives in an area, and the way there from a postcode or place. */
@Controller
class AreaInitiativesController {

	private static final int PLACE_LIMIT = 15;

	private final AreaInitiatives initiatives;

	private final Areas areas;

	private final MapSettings map;

	AreaInitiativesController(AreaInitiatives initiatives, Areas areas, MapSettings map) {
		this.initiatives = initiatives;
		this.areas = areas;
		this.map = map;
	}

	@GetMapping("/gebied/{code}/initiatieven")
	String area(@PathVariable String code, @RequestParam(required = false) @Nullable List<String> status,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(name = "steun", required = false) @Nullable String support,
			@RequestParam(name = "pagina", required = false) @Nullable String page, Model model) {
		AreaSummary area = this.initiatives.area(code);
		var query = new InitiativeQuery(area.code(), QueryParameters.statuses(status), q,
				QueryParameters.support(support), pageIndex(page), InitiativeQuery.DEFAULT_SIZE);
		model.addAttribute("view", AreaInitiativesView.of(area, ancestors(area), query, this.initiatives.find(query)));
		model.addAttribute("map", this.map);
		return "initiatives/area";
	}

	/**
	 * Where a resident starts: a postcode leads straight to its wijk, a place name that matches one area to
	 * that area, anything else lists what matched.
	 */
	@GetMapping("/initiatieven")
	String start(@RequestParam(required = false) @Nullable String plaats, Model model) {
		String text = plaats == null ? "" : plaats.strip();
		model.addAttribute("place", text);
		model.addAttribute("problem", "");
		model.addAttribute("matches", List.of());
		if (plaats == null) {
			return "initiatives/start";
		}
		if (text.isEmpty()) {
			model.addAttribute("problem", "initiatives.start.empty");
			return "initiatives/start";
		}
		if (Areas.looksLikePostcode(text)) {
			try {
				AreaLookup found = this.areas.lookupPostcode(text, null);
				return "redirect:/gebied/" + found.finest().code().value() + "/initiatieven";
			}
			catch (PostcodeNotFound unknown) {
				model.addAttribute("problem", "initiatives.start.unknown-postcode");
				return "initiatives/start";
			}
		}
		List<PlaceMatch> matches = this.areas.findPlaces(text.length() > 100 ? text.substring(0, 100) : text,
				PLACE_LIMIT);
		List<PlaceMatch> exact = matches.stream()
			.filter(match -> match.via() == null
					&& AreaNames.searchKey(match.area().name()).equals(AreaNames.searchKey(text)))
			.toList();
		if (exact.size() == 1 || matches.size() == 1) {
			PlaceMatch only = exact.size() == 1 ? exact.get(0) : matches.get(0);
			return "redirect:/gebied/" + only.area().code().value() + "/initiatieven";
		}
		if (matches.isEmpty()) {
			model.addAttribute("problem", "initiatives.start.nothing");
		}
		model.addAttribute("matches", matches);
		return "initiatives/start";
	}

	/** The gemeente and wijk the area lies in, outermost first, as far as the areas are known. */
	private List<AreaSummary> ancestors(AreaSummary area) {
		List<AreaSummary> chain = new ArrayList<>();
		AreaCode parent = area.code().impliedParent().orElse(null);
		while (parent != null) {
			var found = this.areas.summary(parent);
			if (found.isPresent()) {
				chain.add(0, found.get());
			}
			parent = parent.impliedParent().orElse(null);
		}
		return chain;
	}

	/** The page as people count (from 1) in the address; anything else is the first page. */
	private static int pageIndex(@Nullable String page) {
		if (page == null || !page.matches("\\d{1,6}")) {
			return 0;
		}
		return Math.max(0, Math.min(InitiativeQuery.MAXIMUM_PAGE, Integer.parseInt(page) - 1));
	}

}
