package nl.speelveld.accounts.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.Role;
import nl.speelveld.accounts.UserId;
import nl.speelveld.accounts.users.AccessRules;
import nl.speelveld.accounts.users.Administration;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of people and their roles; a coordinator sees only the people of their organisations. */
@Controller
class PeopleAdminController {

	private final Administration administration;

	private final AccessRules access;

	PeopleAdminController(Administration administration, AccessRules access) {
		this.administration = administration;
		this.access = access;
	}

	@GetMapping("/beheer/mensen")
	String people(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("query", q);
		model.addAttribute("people", this.administration.people(q));
		return "accounts/admin/people";
	}

	@GetMapping("/beheer/mensen/{id}")
	String person(@PathVariable UUID id, Model model) {
		return person(model, new UserId(id), Map.of());
	}

	@PostMapping("/beheer/mensen/{id}/rollen")
	String grant(@PathVariable UUID id, @RequestParam(defaultValue = "") String rol,
			@RequestParam(required = false) @Nullable UUID organisatie, @RequestParam(defaultValue = "") String gebied,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		UserId user = new UserId(id);
		Map<String, String> problems = new LinkedHashMap<>();
		Role role = Role.fromKey(rol).filter(r -> r != Role.RESIDENT).orElse(null);
		AreaCode area = gebied.isBlank() ? null : AreaCode.tryParse(gebied).orElse(null);
		if (role == null) {
			problems.put("rol", "admin.invite.role-invalid");
		}
		else if (role.isScopedToArea() && (area == null || area.level() == AreaLevel.BUURT)) {
			problems.put("gebied", "admin.grant.area-invalid");
		}
		else if (role == Role.PROFESSIONAL && organisatie == null) {
			problems.put("organisatie", "admin.grant.organisation-missing");
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return person(model, user, problems);
		}
		this.administration.grant(user, role, role == Role.ADMINISTRATOR ? null : organisatie,
				role.isScopedToArea() ? area : null);
		redirect.addFlashAttribute("done", "admin.grant.done");
		return "redirect:/beheer/mensen/" + id;
	}

	@PostMapping("/beheer/mensen/{id}/rollen/{grant}/intrekken")
	String revoke(@PathVariable UUID id, @PathVariable UUID grant, RedirectAttributes redirect) {
		this.administration.revoke(new UserId(id), grant);
		redirect.addFlashAttribute("done", "admin.grant.revoked");
		return "redirect:/beheer/mensen/" + id;
	}

	private String person(Model model, UserId user, Map<String, String> problems) {
		model.addAttribute("person", this.administration.person(user));
		model.addAttribute("organisations", this.administration.organisations());
		model.addAttribute("roles", this.access.isAdministrator()
				? List.of(Role.PROFESSIONAL, Role.COORDINATOR, Role.MODERATOR, Role.ADMINISTRATOR)
				: List.of(Role.PROFESSIONAL));
		model.addAttribute("problems", problems);
		return "accounts/admin/person";
	}

}
