package nl.speelveld.participation.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.participation.challenges.Actor;
import nl.speelveld.participation.challenges.Challenge;
import nl.speelveld.participation.challenges.ChallengeCriteria;
import nl.speelveld.participation.challenges.ChallengeForm;
import nl.speelveld.participation.challenges.ChallengeStatus;
import nl.speelveld.participation.challenges.ChallengeSteps;
import nl.speelveld.participation.challenges.ChallengeStore;
import nl.speelveld.participation.challenges.Requests;
import nl.speelveld.participation.challenges.Step;
import nl.speelveld.participation.challenges.StepRefused;
import nl.speelveld.participation.challenges.TaskDomain;
import nl.speelveld.shared.Complaints;
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

/**
 * A group's request under the uitdaagrecht: the form (first the area, then the request with that
 * gemeente's criteria in view), the request's page, and the steps taken on it. A step that no longer fits
 * shows the page as it is now with the reason (409); a form with mistakes comes back with what was typed
 * and a message at each field (400).
 */
@Controller
class ChallengeController {

	private final Requests requests;

	private final ChallengeSteps steps;

	private final ChallengeStore store;

	private final ChallengeCriteria criteria;

	private final Areas areas;

	private final Permissions permissions;

	ChallengeController(Requests requests, ChallengeSteps steps, ChallengeStore store, ChallengeCriteria criteria,
			Areas areas, Permissions permissions) {
		this.requests = requests;
		this.steps = steps;
		this.store = store;
		this.criteria = criteria;
		this.areas = areas;
		this.permissions = permissions;
	}

	@GetMapping("/uitdaagrecht/nieuw")
	String start(@RequestParam(required = false) @Nullable String gebied, Model model, Locale locale,
			HttpServletResponse response) {
		signedIn();
		if (gebied == null) {
			return place("", new Complaints(), model);
		}
		Complaints complaints = new Complaints();
		AreaSummary area = this.requests.place(gebied, complaints);
		if (area == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return place(gebied, complaints, model);
		}
		return form(ChallengeForm.empty(area.code().value()), area, complaints, model, locale);
	}

	@PostMapping("/uitdaagrecht/nieuw")
	String submit(ChallengeForm form, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		signedIn();
		Requests.Submitted submitted = this.requests.submit(form);
		if (submitted.id() != null) {
			redirect.addFlashAttribute("done", "challenge.done.submitted");
			return "redirect:/uitdaagrecht/" + submitted.id();
		}
		response.setStatus(submitted.limited() ? HttpStatus.TOO_MANY_REQUESTS.value() : HttpStatus.BAD_REQUEST.value());
		AreaSummary area = this.requests.place(form.gebied(), new Complaints());
		if (area == null) {
			return place(form.gebied() == null ? "" : form.gebied(), submitted.complaints(), model);
		}
		return form(form, area, submitted.complaints(), model, locale);
	}

	@GetMapping("/uitdaagrecht/{id}")
	String show(@PathVariable UUID id, Model model) {
		return page(id, new Complaints(), Map.of(), model);
	}

	@PostMapping("/uitdaagrecht/{id}/oppakken")
	String take(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, "challenge.done.take", () -> {
			this.steps.take(id);
			return new Complaints();
		}, Map.of(), model, response, redirect);
	}

	@PostMapping("/uitdaagrecht/{id}/beoordelen")
	String assess(@PathVariable UUID id, @RequestParam Map<String, String> fields, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<@Nullable String> verdicts = numbered(fields, "verdict-");
		List<@Nullable String> notes = numbered(fields, "note-");
		return step(id, "challenge.done.assess", () -> this.steps.assess(id, verdicts, notes), fields, model, response,
				redirect);
	}

	@PostMapping("/uitdaagrecht/{id}/besluit")
	String decide(@PathVariable UUID id, @RequestParam(required = false) @Nullable String decision,
			@RequestParam(required = false) @Nullable String reasons, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return step(id, "challenge.done.decide", () -> this.steps.decide(id, decision, reasons),
				typed("decision", decision, "reasons", reasons), model, response, redirect);
	}

	@PostMapping("/uitdaagrecht/{id}/uitvoering")
	String start(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, "challenge.done.start", () -> {
			this.steps.start(id);
			return new Complaints();
		}, Map.of(), model, response, redirect);
	}

	@PostMapping("/uitdaagrecht/{id}/evaluatie")
	String evaluate(@PathVariable UUID id, @RequestParam(required = false) @Nullable String evaluation, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, "challenge.done.evaluate", () -> this.steps.evaluate(id, evaluation),
				typed("evaluation", evaluation), model, response, redirect);
	}

	@PostMapping("/uitdaagrecht/{id}/intrekken")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) @Nullable String withdrawReason, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, "challenge.done.withdraw", () -> this.steps.withdraw(id, withdrawReason),
				typed("withdrawReason", withdrawReason), model, response, redirect);
	}

	private String step(UUID id, String done, Supplier<Complaints> step, Map<String, String> typed, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Complaints complaints;
		try {
			complaints = step.get();
		}
		catch (StepRefused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("refused", refused.messageKey());
			model.addAttribute("refusedArguments", refused.arguments());
			return page(id, new Complaints(), Map.of(), model);
		}
		if (!complaints.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(id, complaints, typed, model);
		}
		redirect.addFlashAttribute("done", done);
		return "redirect:/uitdaagrecht/" + id;
	}

	private String page(UUID id, Complaints complaints, Map<String, String> typed, Model model) {
		Challenge challenge = this.store.get(id);
		Set<Actor> who = this.steps.who(challenge);
		Set<Step> possible = EnumSet.noneOf(Step.class);
		Arrays.stream(Step.values()).filter(step -> ChallengeSteps.can(step, challenge, who)).forEach(possible::add);
		model.addAttribute("view", new ChallengeView(challenge, areaName(challenge), this.store.assessment(id),
				this.store.history(id), who, possible, LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))));
		model.addAttribute("complaints", complaints);
		model.addAttribute("typed", typed);
		model.addAttribute("decisions", List.copyOf(ChallengeStatus.DECISIONS));
		return "participation/challenges/challenge";
	}

	private String place(String typed, Complaints complaints, Model model) {
		model.addAttribute("gebied", typed);
		model.addAttribute("complaints", complaints);
		return "participation/challenges/place";
	}

	private String form(ChallengeForm form, AreaSummary area, Complaints complaints, Model model, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("area", area);
		model.addAttribute("gemeente", area.code().gemeente().equals(area.code()) ? area.name()
				: this.areas.summary(area.code().gemeente()).map(AreaSummary::name).orElse(area.code().gemeente().value()));
		model.addAttribute("rules", this.criteria.of(area.code(), locale));
		model.addAttribute("domains", List.of(TaskDomain.values()));
		model.addAttribute("complaints", complaints);
		return "participation/challenges/form";
	}

	private String areaName(Challenge challenge) {
		return this.areas.summary(challenge.area()).map(AreaSummary::name).orElse(challenge.area().value());
	}

	private void signedIn() {
		if (this.permissions.currentUser().isEmpty()) {
			throw new AccessDeniedException("Sign in to submit a request under the uitdaagrecht");
		}
	}

	/** {@code prefix0}, {@code prefix1}, ... as a list, with null where a field was not sent (no radio button chosen). */
	private static List<@Nullable String> numbered(Map<String, String> fields, String prefix) {
		List<@Nullable String> values = new java.util.ArrayList<>();
		for (int i = 0; i < ChallengeCriteria.MOST_CRITERIA; i++) {
			values.add(fields.get(prefix + i));
		}
		return values;
	}

	private static Map<String, String> typed(@Nullable String... namesAndValues) {
		Map<String, String> typed = new HashMap<>();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			typed.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
		}
		return typed;
	}

}
