package nl.speelveld.socialmap.assets.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.shared.web.MapSettings;
import nl.speelveld.socialmap.AssetCategory;
import nl.speelveld.socialmap.AssetSummary;
import nl.speelveld.socialmap.assets.AssetMap;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * De buurtkaart: what an area already has, by ABCD category. The list is the page; the map is an extra
 * drawn by script. Filters are plain GET parameters, so they work without script too. Always public data:
 * professionals find the gifts meant for them on a page of their own.
 */
@Controller
class AssetMapController {

	private final AssetMap assets;

	private final Areas areas;

	private final MapSettings map;

	private final Permissions permissions;

	AssetMapController(AssetMap assets, Areas areas, MapSettings map, Permissions permissions) {
		this.assets = assets;
		this.areas = areas;
		this.map = map;
		this.permissions = permissions;
	}

	@GetMapping("/gebied/{code}/buurtkaart")
	String assetMap(@PathVariable String code, @RequestParam(name = "categorie", required = false) @Nullable List<String> categories,
			Model model) {
		Area area = Codes.area(this.areas, code);
		Set<String> chosen = AssetCategory.chosen(categories == null ? List.of() : categories);
		List<AssetSummary> found = this.assets.assets(area.code(), chosen);
		model.addAttribute("area", area);
		model.addAttribute("groups", AssetGroup.of(chosen, found));
		model.addAttribute("categories", AssetCategory.KEYS);
		model.addAttribute("chosen", chosen);
		model.addAttribute("total", found.size());
		model.addAttribute("onMap", found.stream().anyMatch(AssetSummary::hasPosition));
		model.addAttribute("query", String.join(",", chosen));
		model.addAttribute("map", this.map);
		model.addAttribute("professional", this.permissions.isProfessional());
		Map<String, String> names = new HashMap<>();
		found.stream()
			.map(AssetSummary::area)
			.distinct()
			.forEach(giftArea -> names.put(giftArea.value(),
					this.areas.summary(giftArea).map(AreaSummary::name).orElse(giftArea.value())));
		model.addAttribute("areaNames", names);
		return "socialmap/assets/asset-map";
	}

}
