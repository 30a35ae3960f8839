package nl.speelveld.network.web;

import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.Areas;
import nl.speelveld.network.graph.AreaNetwork;
import nl.speelveld.network.graph.NetworkView;
import nl.speelveld.shared.web.PageContext;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The network of an area, for professionals and coordinators: tables a screen reader can use, and a drawing
 * (static/js/network.js) for those who see it. The rights are checked by {@link AreaNetwork} before the area
 * is looked up, so that a visitor who may not see networks learns nothing from the answer.
 */
@Controller
class AreaNetworkController {

	private final AreaNetwork network;

	private final Areas areas;

	AreaNetworkController(AreaNetwork network, Areas areas) {
		this.network = network;
		this.areas = areas;
	}

	@GetMapping("/gebied/{code}/netwerk")
	String network(@PathVariable String code, @ModelAttribute("page") PageContext page, Model model) {
		this.network.mayLook();
		AreaCode area = AreaCode.tryParse(code).orElseThrow(() -> new AreaNotFound(code));
		Area found = this.areas.area(area, null);
		NetworkView view = this.network.of(area, page.locale(), page.t("network.removed"));
		model.addAttribute("area", found);
		model.addAttribute("network", view);
		return "network/area";
	}

}
