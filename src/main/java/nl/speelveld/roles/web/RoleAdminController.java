package nl.speelveld.roles.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.roles.Goal;
import nl.speelveld.roles.NewRoleType;
import nl.speelveld.roles.RoleType;
import nl.speelveld.roles.RoleTypeRefused;
import nl.speelveld.roles.Roles;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The role typology for coordinators and administrators: every role type with its local job titles, a
 * form to add a job title (coordinators for their own gemeenten, administrators also for everywhere) and
 * a form to add a role type. Who may do what is checked by {@code Roles}; the forms offer only that.
 */
@Controller
class RoleAdminController {

	private static final String PAGE = "/beheer/rollen";

	private final Roles roles;

	private final Permissions permissions;

	private final Areas areas;

	RoleAdminController(Roles roles, Permissions permissions, Areas areas) {
		this.roles = roles;
		this.permissions = permissions;
		this.areas = areas;
	}

	@GetMapping(PAGE)
	String typology(Model model) {
		return page(model, AliasForm.empty(), Map.of(), RoleTypeForm.empty(), Map.of());
	}

	@PostMapping(PAGE + "/functienamen")
	String addAlias(AliasForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (this.roles.find(form.rol()).isEmpty()) {
			problems.put("rol", "roles.admin.role-unknown");
		}
		Optional<AreaCode> gemeente = AreaCode.tryParse(form.gemeente());
		if (form.gemeente().isEmpty() ? !this.permissions.isAdministrator()
				: gemeente.filter(code -> code.level() == AreaLevel.GEMEENTE).isEmpty()) {
			problems.put("gemeente", "roles.admin.gemeente-missing");
		}
		if (problems.isEmpty()) {
			try {
				this.roles.addAlias(form.rol(), form.titel(), gemeente.orElse(null));
				redirect.addFlashAttribute("done", "roles.admin.alias-added");
				return "redirect:" + PAGE + "#rol-" + form.rol();
			}
			catch (RoleTypeRefused refused) {
				problems.put(refused.messageKey().equals("roles.refused.alias-gemeente") ? "gemeente" : "titel",
						withoutArguments(refused.messageKey()));
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return page(model, form, problems, RoleTypeForm.empty(), Map.of());
	}

	@PostMapping(PAGE)
	String addRoleType(RoleTypeForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> problems = new LinkedHashMap<>();
		Optional<NewRoleType> role = form.check(problems);
		if (role.isPresent() && this.roles.find(role.get().code()).isPresent()) {
			problems.put("code", "roles.admin.code-taken");
		}
		if (role.isPresent() && role.get().focus().stream().anyMatch(theme -> this.roles.theme(theme).isEmpty())) {
			problems.put("themas", "roles.refused.focus");
		}
		if (problems.isEmpty()) {
			try {
				RoleType added = this.roles.addRoleType(role.orElseThrow());
				redirect.addFlashAttribute("done", "roles.admin.role-added");
				return "redirect:" + PAGE + "#rol-" + added.code();
			}
			catch (RoleTypeRefused refused) {
				problems.put(RoleTypeForm.fieldOf(refused.messageKey()), withoutArguments(refused.messageKey()));
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return page(model, AliasForm.empty(), Map.of(), form, problems);
	}

	private String page(Model model, AliasForm aliasForm, Map<String, String> aliasProblems, RoleTypeForm roleForm,
			Map<String, String> roleProblems) {
		boolean administrator = this.permissions.isAdministrator();
		List<AreaSummary> gemeenten = administrator ? this.areas.list(AreaLevel.GEMEENTE, null, null, 0, 500).items()
				: this.permissions.coordinatorScopes()
					.stream()
					.map(AreaCode::gemeente)
					.distinct()
					.flatMap(code -> this.areas.summary(code).stream())
					.toList();
		Map<String, String> names = new LinkedHashMap<>();
		gemeenten.forEach(gemeente -> names.put(gemeente.code().value(), gemeente.name()));
		this.roles.all().stream().flatMap(role -> role.aliases().stream()).map(RoleType.Alias::gemeente)
			.filter(code -> code != null && !names.containsKey(code) && AreaCode.isValid(code))
			.forEach(code -> names.put(code, this.areas.summary(new AreaCode(code)).map(AreaSummary::name).orElse(code)));
		model.addAttribute("roles", this.roles.all());
		model.addAttribute("themes", this.roles.themes());
		model.addAttribute("goals", List.of(Goal.values()));
		model.addAttribute("employerTypes", List.of(OrganisationType.values()));
		model.addAttribute("gemeenten", gemeenten);
		model.addAttribute("gemeenteNames", names);
		model.addAttribute("everywhereAllowed", administrator);
		model.addAttribute("aliasForm", aliasForm);
		model.addAttribute("aliasProblems", aliasProblems);
		model.addAttribute("roleForm", roleForm);
		model.addAttribute("roleProblems", roleProblems);
		return "roles/admin";
	}

	/** The page shows messages without the value typed, which stands in the field next to it. */
	private static String withoutArguments(String messageKey) {
		return switch (messageKey) {
			case "roles.refused.alias-taken" -> "roles.admin.alias-taken";
			case "roles.refused.code-taken" -> "roles.admin.code-taken";
			default -> messageKey;
		};
	}

}
