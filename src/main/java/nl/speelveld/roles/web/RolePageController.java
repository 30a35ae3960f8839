package nl.speelveld.roles.web;

import nl.speelveld.roles.Goal;
import nl.speelveld.roles.Roles;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The role typology as a page: who is who among the professionals, so residents can tell them apart. */
@Controller
class RolePageController {

	private final Roles roles;

	RolePageController(Roles roles) {
		this.roles = roles;
	}

	@GetMapping("/rollen")
	String roles(Model model) {
		model.addAttribute("roles", this.roles.all());
		model.addAttribute("themes", this.roles.themes());
		model.addAttribute("goals", Goal.values());
		return "roles/roles";
	}

}
