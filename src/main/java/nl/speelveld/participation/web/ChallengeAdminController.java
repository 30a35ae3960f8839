package nl.speelveld.participation.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.participation.challenges.ChallengeCriteria;
import nl.speelveld.participation.challenges.ChallengeCriteria.RulesForm;
import nl.speelveld.participation.challenges.ChallengeRules;
import nl.speelveld.participation.challenges.Register;
import nl.speelveld.participation.challenges.YearReport;
import nl.speelveld.participation.challenges.YearReports;
import nl.speelveld.shared.Complaints;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The gemeente's side of the uitdaagrecht: the worklist of requests in the coordinator's areas (overdue
 * ones marked), the criteria and period per gemeente, and the yearly report for the council.
 */
@Controller
class ChallengeAdminController {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final ChallengeCriteria criteria;

	private final YearReports reports;

	private final Register register;

	private final Areas areas;

	private final Permissions permissions;

	private final MessageSource messages;

	ChallengeAdminController(ChallengeCriteria criteria, YearReports reports, Register register, Areas areas,
			Permissions permissions, MessageSource messages) {
		this.criteria = criteria;
		this.reports = reports;
		this.register = register;
		this.areas = areas;
		this.permissions = permissions;
		this.messages = messages;
	}

	@GetMapping("/beheer/uitdaagrecht")
	String worklist(Model model) {
		List<AreaCode> scopes = this.permissions.isAdministrator() ? null : this.permissions.coordinatorScopes();
		model.addAttribute("lines", this.register.openIn(scopes));
		model.addAttribute("scopes", gemeenten());
		model.addAttribute("today", LocalDate.now(AMSTERDAM));
		model.addAttribute("year", String.valueOf(LocalDate.now(AMSTERDAM).getYear()));
		return "participation/challenges/worklist";
	}

	@GetMapping("/beheer/uitdaagrecht/criteria")
	String rules(@RequestParam(required = false) @Nullable String gemeente, Model model, Locale locale) {
		AreaCode chosen = chosen(gemeente);
		ChallengeRules rules = chosen == null ? null : this.criteria.of(chosen, locale);
		return rulesPage(chosen, rules == null ? null : RulesForm.of(rules), rules != null && rules.standard(),
				new Complaints(), model);
	}

	@PostMapping("/beheer/uitdaagrecht/criteria/{gemeente}")
	String saveRules(@PathVariable String gemeente, RulesForm form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		AreaCode code = gemeente(gemeente);
		Complaints complaints = this.criteria.save(code, form);
		if (!complaints.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return rulesPage(code, form, this.criteria.of(code, locale).standard(), complaints, model);
		}
		redirect.addFlashAttribute("done", "challenge.rules.saved");
		return "redirect:/beheer/uitdaagrecht/criteria?gemeente=" + code.value();
	}

	@GetMapping("/beheer/uitdaagrecht/jaarverslag")
	String report(@RequestParam(required = false) @Nullable String gemeente, @RequestParam(required = false) @Nullable String jaar,
			Model model) {
		AreaCode chosen = chosen(gemeente);
		int year = year(jaar);
		model.addAttribute("report", chosen == null ? null : this.reports.of(chosen, year));
		model.addAttribute("scopes", gemeenten());
		model.addAttribute("year", String.valueOf(year));
		return "participation/challenges/report";
	}

	@GetMapping("/beheer/uitdaagrecht/jaarverslag.csv")
	ResponseEntity<byte[]> reportCsv(@RequestParam(required = false) @Nullable String gemeente,
			@RequestParam(required = false) @Nullable String jaar, Locale locale) {
		AreaCode chosen = Optional.ofNullable(chosen(gemeente)).orElseThrow(() -> new AreaNotFound(String.valueOf(gemeente)));
		YearReport report = this.reports.of(chosen, year(jaar));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("uitdaagrecht-" + chosen.value() + "-" + report.year() + ".csv")
				.build()
				.toString())
			.body(ReportCsv.of(report, this.messages, locale));
	}

	private String rulesPage(@Nullable AreaCode gemeente, @Nullable RulesForm form, boolean standard, Complaints complaints,
			Model model) {
		model.addAttribute("gemeente", gemeente == null ? null : this.areas.summary(gemeente).orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("standard", standard);
		model.addAttribute("complaints", complaints);
		model.addAttribute("scopes", gemeenten());
		return "participation/challenges/criteria";
	}

	/** The gemeente asked for, else the first one the coordinator works in. */
	private @Nullable AreaCode chosen(@Nullable String gemeente) {
		if (gemeente != null && !gemeente.isBlank()) {
			return gemeente(gemeente);
		}
		return gemeenten().stream().findFirst().map(AreaSummary::code).orElse(null);
	}

	private List<AreaSummary> gemeenten() {
		return this.permissions.coordinatorScopes()
			.stream()
			.map(AreaCode::gemeente)
			.distinct()
			.map(this.areas::summary)
			.flatMap(Optional::stream)
			.toList();
	}

	private AreaCode gemeente(String code) {
		return AreaCode.tryParse(code.strip().toUpperCase(Locale.ROOT))
			.filter(parsed -> parsed.level() == AreaLevel.GEMEENTE)
			.filter(parsed -> this.areas.summary(parsed).isPresent())
			.orElseThrow(() -> new AreaNotFound(code.strip()));
	}

	private static int year(@Nullable String jaar) {
		int now = LocalDate.now(AMSTERDAM).getYear();
		if (jaar == null || !jaar.strip().matches("\\d{4}")) {
			return now;
		}
		int year = Integer.parseInt(jaar.strip());
		return year < 2000 || year > now + 1 ? now : year;
	}

}
