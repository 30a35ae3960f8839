package nl.speelveld.participation.web;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.participation.surveys.AreaLiveability;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** How residents score the liveability of an area, from the liveability surveys of its processes. */
@Controller
class AreaLiveabilityController {

	private final AreaLiveability liveability;

	private final Areas areas;

	AreaLiveabilityController(AreaLiveability liveability, Areas areas) {
		this.liveability = liveability;
		this.areas = areas;
	}

	@GetMapping("/gebied/{code}/leefbaarheid")
	String area(@PathVariable String code, Model model) {
		AreaSummary area = AreaCode.tryParse(code).flatMap(this.areas::summary).orElseThrow(() -> new AreaNotFound(code));
		model.addAttribute("area", area);
		model.addAttribute("scores", this.liveability.of(area.code()));
		return "participation/surveys/area";
	}

}
