package nl.speelveld.participation.web;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.participation.processes.ProcessListing;
import nl.speelveld.participation.processes.ProcessStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The processes of an area and its parts, and of the whole country: where residents find what they can join. */
@Controller
class ProcessListController {

	private final ProcessListing listing;

	private final Areas areas;

	ProcessListController(ProcessListing listing, Areas areas) {
		this.listing = listing;
		this.areas = areas;
	}

	@GetMapping("/gebied/{code}/participatie")
	String area(@PathVariable String code, @RequestParam(required = false) @Nullable String status,
			@RequestParam(name = "pagina", defaultValue = "0") int page, Model model) {
		AreaSummary area = AreaCode.tryParse(code).flatMap(this.areas::summary).orElseThrow(() -> new AreaNotFound(code));
		return list(area, status, page, model);
	}

	@GetMapping("/participatie")
	String everywhere(@RequestParam(required = false) @Nullable String status,
			@RequestParam(name = "pagina", defaultValue = "0") int page, Model model) {
		return list(null, status, page, model);
	}

	private String list(@Nullable AreaSummary area, @Nullable String status, int page, Model model) {
		ProcessStatus chosen = ProcessStatus.listable(status);
		model.addAttribute("area", area);
		model.addAttribute("status", chosen == null ? "" : chosen.key());
		model.addAttribute("found", this.listing.find(area == null ? null : area.code(), chosen, page));
		model.addAttribute("base", area == null ? "/participatie" : "/gebied/" + area.code().value() + "/participatie");
		return "participation/list";
	}

}
