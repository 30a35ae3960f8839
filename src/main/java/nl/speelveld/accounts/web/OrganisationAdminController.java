package nl.speelveld.accounts.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.Role;
import nl.speelveld.accounts.users.AccessRules;
import nl.speelveld.accounts.users.Administration;
import nl.speelveld.accounts.users.EmailAddresses;
import nl.speelveld.accounts.users.Organisation;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of organisations: the list (limited to what the person may administer), a new
 * organisation, its details, members and invitations. The checks themselves are on {@link Administration}.
 */
@Controller
class OrganisationAdminController {

	private final Administration administration;

	private final AccessRules access;

	private final Areas areas;

	OrganisationAdminController(Administration administration, AccessRules access, Areas areas) {
		this.administration = administration;
		this.access = access;
		this.areas = areas;
	}

	@GetMapping("/beheer")
	String dashboard(Model model) {
		model.addAttribute("administrator", this.access.isAdministrator());
		model.addAttribute("scopes", summaries(this.access.coordinatorScopes()));
		return "accounts/admin/dashboard";
	}

	@GetMapping("/beheer/organisaties")
	String organisations(Model model) {
		return list(model, new OrganisationForm("", "", ""), Map.of());
	}

	@PostMapping("/beheer/organisaties")
	String create(OrganisationForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> problems = new LinkedHashMap<>();
		List<AreaCode> gemeenten = form.check(this.areas, problems);
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return list(model, form, problems);
		}
		UUID id = this.administration.createOrganisation(form.naam().strip(), form.type().orElseThrow(), gemeenten);
		redirect.addFlashAttribute("done", "admin.organisation.created");
		return "redirect:/beheer/organisaties/" + id;
	}

	@GetMapping("/beheer/organisaties/{id}")
	String organisation(@PathVariable UUID id, Model model) {
		Organisation organisation = this.administration.organisation(id);
		return details(model, organisation, OrganisationForm.of(organisation), Map.of(), "", Map.of());
	}

	@PostMapping("/beheer/organisaties/{id}")
	String update(@PathVariable UUID id, OrganisationForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Organisation organisation = this.administration.organisation(id);
		Map<String, String> problems = new LinkedHashMap<>();
		List<AreaCode> gemeenten = form.check(this.areas, problems);
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return details(model, organisation, form, problems, "", Map.of());
		}
		this.administration.updateOrganisation(id, form.naam().strip(), form.type().orElseThrow(), gemeenten);
		redirect.addFlashAttribute("done", "admin.organisation.saved");
		return "redirect:/beheer/organisaties/" + id;
	}

	@PostMapping("/beheer/organisaties/{id}/uitnodigingen")
	String invite(@PathVariable UUID id, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "professional") String rol, @RequestParam(defaultValue = "") String gebied,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Organisation organisation = this.administration.organisation(id);
		Map<String, String> problems = new LinkedHashMap<>();
		if (!EmailAddresses.isValid(email)) {
			problems.put("email", "signin.email-invalid");
		}
		Role role = Role.fromKey(rol).filter(r -> r == Role.PROFESSIONAL || r == Role.COORDINATOR).orElse(null);
		AreaCode area = null;
		if (role == null) {
			problems.put("rol", "admin.invite.role-invalid");
		}
		else if (role == Role.COORDINATOR) {
			area = AreaCode.tryParse(gebied).filter(code -> organisation.gemeenten().stream()
				.anyMatch(gemeente -> gemeente.equals(code.gemeente()))).orElse(null);
			if (area == null) {
				problems.put("gebied", "admin.invite.area-invalid");
			}
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return details(model, organisation, OrganisationForm.of(organisation), Map.of(), email, problems);
		}
		this.administration.invite(id, email.strip(), role, area, locale);
		redirect.addFlashAttribute("done", "admin.invite.sent");
		return "redirect:/beheer/organisaties/" + id;
	}

	/** The areas as pages name them; a code no longer in any imported year is left out. */
	private List<AreaSummary> summaries(List<AreaCode> codes) {
		return codes.stream().flatMap(code -> this.areas.summary(code).stream()).toList();
	}

	private String list(Model model, OrganisationForm form, Map<String, String> problems) {
		model.addAttribute("organisations", this.administration.organisations());
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("types", List.of(OrganisationType.values()));
		return "accounts/admin/organisations";
	}

	private String details(Model model, Organisation organisation, OrganisationForm form, Map<String, String> problems,
			String inviteEmail, Map<String, String> inviteProblems) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("gemeenten", summaries(organisation.gemeenten()));
		model.addAttribute("members", this.administration.members(organisation.id()));
		model.addAttribute("invitations", this.administration.invitations(organisation.id()));
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("types", List.of(OrganisationType.values()));
		model.addAttribute("inviteEmail", inviteEmail);
		model.addAttribute("inviteProblems", inviteProblems);
		model.addAttribute("mayInviteCoordinators", this.access.isAdministrator());
		return "accounts/admin/organisation";
	}

}
