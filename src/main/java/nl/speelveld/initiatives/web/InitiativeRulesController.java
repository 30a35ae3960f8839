package nl.speelveld.initiatives.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.initiatives.lifecycle.RulesEditing.RulesForm;
import nl.speelveld.initiatives.lifecycle.RulesEditing;
import nl.speelveld.shared.Complaints;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where coordinators set their gemeente's rules for residents' initiatives. */
@Controller
class InitiativeRulesController {

	private final RulesEditing rules;

	private final Areas areas;

	private final Permissions permissions;

	InitiativeRulesController(RulesEditing rules, Areas areas, Permissions permissions) {
		this.rules = rules;
		this.areas = areas;
		this.permissions = permissions;
	}

	@GetMapping("/beheer/initiatiefregels")
	String show(@RequestParam(required = false) @Nullable String gemeente, Model model) {
		AreaCode chosen = chosen(gemeente);
		return page(chosen, chosen == null ? null : RulesForm.of(this.rules.of(chosen)), new Complaints(), model);
	}

	@PostMapping("/beheer/initiatiefregels/{gemeente}")
	String save(@PathVariable String gemeente, RulesForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		AreaCode code = gemeente(gemeente);
		Complaints complaints = this.rules.save(code, form);
		if (!complaints.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(code, form, complaints, model);
		}
		redirect.addFlashAttribute("done", "initiative.rules.saved");
		return "redirect:/beheer/initiatiefregels?gemeente=" + code.value();
	}

	private String page(@Nullable AreaCode gemeente, @Nullable RulesForm form, Complaints complaints, Model model) {
		model.addAttribute("gemeente", gemeente == null ? null : this.areas.summary(gemeente).orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("complaints", complaints);
		model.addAttribute("standard", gemeente != null && this.rules.of(gemeente).standard());
		model.addAttribute("scopes", scopes());
		return "initiatives/rules";
	}

	/** The gemeente asked for, else the first one the coordinator works for. */
	private @Nullable AreaCode chosen(@Nullable String gemeente) {
		if (gemeente != null && !gemeente.isBlank()) {
			return gemeente(gemeente);
		}
		return scopes().stream().findFirst().map(AreaSummary::code).orElse(null);
	}

	private List<AreaSummary> scopes() {
		return this.permissions.coordinatorScopes()
			.stream()
			.map(AreaCode::gemeente)
			.distinct()
			.map(this.areas::summary)
			.flatMap(java.util.Optional::stream)
			.toList();
	}

	private AreaCode gemeente(String code) {
		return AreaCode.tryParse(code.trim())
			.filter(parsed -> parsed.level() == AreaLevel.GEMEENTE)
			.filter(parsed -> this.areas.summary(parsed).isPresent())
			.orElseThrow(() -> new AreaNotFound(code.trim()));
	}

}
