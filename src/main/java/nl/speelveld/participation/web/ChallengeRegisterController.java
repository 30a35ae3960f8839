package nl.speelveld.participation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.participation.challenges.ChallengeStatus;
import nl.speelveld.participation.challenges.Register;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public register of the uitdaagrecht, for all gemeenten and per area: every request with its
 * assessment and decision. Filters that make no sense (an unknown status, a year in letters) are ignored
 * rather than refused: the register then simply shows more.
 */
@Controller
class ChallengeRegisterController {

	private final Register register;

	private final Areas areas;

	ChallengeRegisterController(Register register, Areas areas) {
		this.register = register;
		this.areas = areas;
	}

	@GetMapping("/uitdaagrecht")
	String all(@RequestParam(required = false) @Nullable String gemeente, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String jaar, @RequestParam(required = false) @Nullable String pagina,
			Model model) {
		AreaCode chosen = AreaCode.tryParse(gemeente == null ? "" : gemeente.strip().toUpperCase(Locale.ROOT))
			.filter(code -> code.level() == AreaLevel.GEMEENTE)
			.orElse(null);
		return page(null, chosen, status, jaar, pagina, "/uitdaagrecht", model);
	}

	@GetMapping("/gebied/{code}/uitdaagrecht")
	String area(@PathVariable String code, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String jaar, @RequestParam(required = false) @Nullable String pagina,
			Model model) {
		AreaSummary area = AreaCode.tryParse(code.strip())
			.flatMap(this.areas::summary)
			.orElseThrow(() -> new AreaNotFound(code.strip()));
		return page(area, null, status, jaar, pagina, "/gebied/" + area.code().value() + "/uitdaagrecht", model);
	}

	private String page(@Nullable AreaSummary area, @Nullable AreaCode gemeente, @Nullable String status,
			@Nullable String jaar, @Nullable String pagina, String base, Model model) {
		ChallengeStatus chosenStatus = status == null ? null : ChallengeStatus.fromKey(status.strip()).orElse(null);
		Integer year = number(jaar, 2000, 2200);
		Integer page = number(pagina, 1, 100_000);
		Register.Found found = this.register.find(
				new Register.Filter(gemeente, chosenStatus, year, area == null ? null : area.code()),
				page == null ? 0 : page - 1);
		model.addAttribute("view", new RegisterView(area, gemeente, chosenStatus, year, found,
				area == null ? this.register.gemeenten() : List.of(), this.register.years(), List.of(ChallengeStatus.values()),
				base, LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))));
		return "participation/challenges/register";
	}

	private static @Nullable Integer number(@Nullable String text, int least, int most) {
		if (text == null || !text.strip().matches("\\d{1,6}")) {
			return null;
		}
		int value = Integer.parseInt(text.strip());
		return value < least || value > most ? null : value;
	}

}
