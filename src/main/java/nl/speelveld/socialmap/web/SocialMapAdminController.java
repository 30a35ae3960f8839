package nl.speelveld.socialmap.web;

import java.util.Optional;
import java.util.stream.Collectors;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.roles.RoleType;
import nl.speelveld.shared.web.PageContext;
import nl.speelveld.socialmap.editing.Choices;
import nl.speelveld.socialmap.editing.Editors;
import nl.speelveld.socialmap.editing.Overview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The coordinator's overview of the social map in their area, filtered and paged, stalest entries first. */
@Controller
class SocialMapAdminController {

	private final Overview overview;

	private final Editors editors;

	private final Choices choices;

	SocialMapAdminController(Overview overview, Editors editors, Choices choices) {
		this.overview = overview;
		this.editors = editors;
		this.choices = choices;
	}

	@GetMapping("/beheer/sociale-kaart")
	String overview(@RequestParam(defaultValue = "posten") String soort, @RequestParam(defaultValue = "") String gebied,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String beeindigd,
			@RequestParam(defaultValue = "1") String pagina, @ModelAttribute("page") PageContext page, Model model) {
		String kind = Overview.KINDS.contains(soort) ? soort : "posten";
		Optional<AreaCode> area = AreaCode.tryParse(gebied).filter(code -> this.choices.area(code).isPresent());
		String problem = "";
		if (!gebied.isBlank() && area.isEmpty()) {
			problem = "edit.area.unknown";
		}
		else if (area.isPresent() && !this.editors.scope().covers(area.get())) {
			problem = "overview.area-outside";
			area = Optional.empty();
		}
		int number = pagina.matches("\\d{1,6}") ? Integer.parseInt(pagina) : 1;
		String text = q.replaceAll("\\p{Cntrl}", "");
		model.addAttribute("result", this.overview.page(kind, area.orElse(null), text, "ja".equals(beeindigd), number));
		model.addAttribute("kinds", Overview.KINDS);
		model.addAttribute("filter", new OverviewFilter(kind, gebied.strip(), q.strip(), "ja".equals(beeindigd)));
		model.addAttribute("problem", problem);
		model.addAttribute("roleNames", this.choices.roles()
			.stream()
			.collect(Collectors.toMap(RoleType::code, role -> role.name(page.locale()))));
		return "socialmap/editing/overview";
	}

}
