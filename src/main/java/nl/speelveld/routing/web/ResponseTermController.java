package nl.speelveld.routing.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.routing.questions.ResponseTerms;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * For coordinators and administrators: how many working days each organisation in a gemeente takes to give a
 * first response to a resident's question, and a way to set it. Changes are audited.
 */
@Controller
class ResponseTermController {

	private static final String PAGE = "/beheer/reactietermijnen";

	private final ResponseTerms terms;

	private final Permissions permissions;

	private final Areas areas;

	ResponseTermController(ResponseTerms terms, Permissions permissions, Areas areas) {
		this.terms = terms;
		this.permissions = permissions;
		this.areas = areas;
	}

	@GetMapping(PAGE)
	String list(@RequestParam(defaultValue = "") String gemeente, @RequestParam(defaultValue = "") String naam,
			Model model) {
		return page(gemeente, naam, null, "", "", model);
	}

	@PostMapping(PAGE + "/{organisation}")
	String set(@PathVariable UUID organisation, @RequestParam(required = false) @Nullable String days,
			@RequestParam(defaultValue = "") String gemeente, @RequestParam(defaultValue = "") String naam, Model model,
			HttpServletResponse response,
			RedirectAttributes redirect) {
		String given = days == null ? "" : days.strip();
		Integer chosen = null;
		if (!given.isEmpty()) {
			chosen = parse(given);
			if (chosen == null || chosen < 1 || chosen > ResponseTerms.MOST_DAYS) {
				if (!this.terms.maySet(organisation)) {
					throw new AccessDeniedException("Not a coordinator here");
				}
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				return page(gemeente, naam, organisation, given, "response-term.error.days", model);
			}
		}
		this.terms.set(organisation, chosen);
		redirect.addFlashAttribute("done", chosen == null ? "response-term.done.default" : "response-term.done.set");
		return "redirect:" + UriComponentsBuilder.fromPath(PAGE)
			.queryParamIfPresent("gemeente", Optional.of(gemeente).filter(AreaCode::isValid))
			.queryParamIfPresent("naam", Optional.of(naam.strip()).filter(name -> !name.isEmpty()))
			.encode()
			.build()
			.toUriString();
	}

	private String page(String gemeente, String named, @Nullable UUID wrong, String wrongValue, String problem,
			Model model) {
		List<AreaSummary> choices = gemeenten();
		AreaCode chosen = AreaCode.tryParse(gemeente)
			.filter(code -> code.level() == AreaLevel.GEMEENTE)
			.filter(code -> choices.stream().anyMatch(choice -> choice.code().equals(code)))
			.or(() -> choices.size() == 1 ? Optional.of(choices.get(0).code()) : Optional.empty())
			.orElse(null);
		model.addAttribute("gemeenten", choices);
		model.addAttribute("gemeente", chosen == null ? "" : chosen.value());
		model.addAttribute("gemeenteName", chosen == null ? ""
				: choices.stream().filter(choice -> choice.code().equals(chosen)).findFirst().map(AreaSummary::name).orElse(""));
		var listing = chosen == null ? new ResponseTerms.Listing(List.of(), false) : this.terms.in(chosen, named);
		model.addAttribute("terms", listing.terms());
		model.addAttribute("cutOff", listing.cutOff());
		model.addAttribute("naam", named.strip());
		model.addAttribute("mostListed", String.valueOf(ResponseTerms.MOST_LISTED));
		model.addAttribute("defaultDays", String.valueOf(this.terms.defaultDays()));
		model.addAttribute("mostDays", String.valueOf(ResponseTerms.MOST_DAYS));
		model.addAttribute("wrong", wrong == null ? "" : wrong.toString());
		model.addAttribute("wrongValue", wrongValue);
		model.addAttribute("problem", problem);
		if (!model.containsAttribute("done")) {
			model.addAttribute("done", "");
		}
		return "routing/questions/response-terms";
	}

	/** Every gemeente for administrators; for coordinators those they (or their wijken) are in. */
	private List<AreaSummary> gemeenten() {
		if (this.permissions.isAdministrator()) {
			return this.areas.list(AreaLevel.GEMEENTE, null, null, 0, 500).items();
		}
		return this.permissions.coordinatorScopes()
			.stream()
			.map(AreaCode::gemeente)
			.distinct()
			.flatMap(code -> this.areas.summary(code).stream())
			.toList();
	}

	private static @Nullable Integer parse(String days) {
		try {
			return Integer.valueOf(days);
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

}
