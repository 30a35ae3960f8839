package nl.speelveld.socialmap.assets.web;

import nl.speelveld.areas.Area;
import nl.speelveld.areas.Areas;
import nl.speelveld.socialmap.assets.Gifts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** For professionals: every gift of an area with who offers it, so they can get in touch. Audited. */
@Controller
class AreaGiftsController {

	private final Gifts gifts;

	private final Areas areas;

	AreaGiftsController(Gifts gifts, Areas areas) {
		this.gifts = gifts;
		this.areas = areas;
	}

	@GetMapping("/gebied/{code}/gaven")
	String gifts(@PathVariable String code, Model model) {
		Area area = Codes.area(this.areas, code);
		model.addAttribute("gifts", this.gifts.forProfessionals(area.code()));
		model.addAttribute("area", area);
		return "socialmap/assets/area-gifts";
	}

}
