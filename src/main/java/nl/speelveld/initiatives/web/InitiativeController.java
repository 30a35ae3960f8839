package nl.speelveld.initiatives.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.initiatives.lifecycle.Guidance;
import nl.speelveld.initiatives.lifecycle.StepRefused;
import nl.speelveld.initiatives.lifecycle.SupportRefused;
import nl.speelveld.initiatives.lifecycle.Supporters;
import nl.speelveld.initiatives.lifecycle.Updates;
import nl.speelveld.shared.Complaints;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of one initiative and the steps taken on it. Every step is checked on the server against the
 * lifecycle (who may, from which status); a step that no longer fits shows the page as it is now with the
 * reason, and a form with mistakes comes back with what was typed and a message at each field.
 */
@Controller
class InitiativeController {

	private final InitiativePages pages;

	private final Guidance guidance;

	private final Supporters supporters;

	private final Updates updates;

	private final Permissions permissions;

	InitiativeController(InitiativePages pages, Guidance guidance, Supporters supporters, Updates updates,
			Permissions permissions) {
		this.permissions = permissions;
		this.pages = pages;
		this.guidance = guidance;
		this.supporters = supporters;
		this.updates = updates;
	}

	@GetMapping("/initiatieven/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		return page(id, new Complaints(), Map.of(), model, locale);
	}

	/** The way to support after signing in: the sign-in page brings the resident back here, then to the button. */
	@GetMapping("/initiatieven/{id}/steunen")
	String signInToSupport(@PathVariable UUID id) {
		if (this.permissions.currentUser().isEmpty()) {
			throw new AccessDeniedException("Sign in to support an initiative");
		}
		return "redirect:/initiatieven/" + id + "#steun-titel";
	}

	@PostMapping("/initiatieven/{id}/steunen")
	String support(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean showName, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			boolean added = this.supporters.support(id, showName);
			redirect.addFlashAttribute("done", added ? "initiative.done.supported" : "initiative.done.supported-already");
			return "redirect:/initiatieven/" + id;
		}
		catch (SupportRefused refused) {
			return refused(id, refused.messageKey(), model, locale, response);
		}
	}

	@PostMapping("/initiatieven/{id}/steun-intrekken")
	String withdrawSupport(@PathVariable UUID id, RedirectAttributes redirect) {
		this.supporters.withdraw(id);
		redirect.addFlashAttribute("done", "initiative.done.support-withdrawn");
		return "redirect:/initiatieven/" + id;
	}

	@PostMapping("/initiatieven/{id}/innemen")
	String takeIn(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID post,
			@RequestParam(required = false) @Nullable String note, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, "initiative.done.taken-in", () -> {
			this.guidance.takeIn(id, post, note);
			return new Complaints();
		}, Map.of(), model, locale, response, redirect);
	}

	@PostMapping("/initiatieven/{id}/plan")
	String toPlan(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, "initiative.done.to-plan", () -> {
			this.guidance.toPlan(id, note);
			return new Complaints();
		}, Map.of(), model, locale, response, redirect);
	}

	@PostMapping("/initiatieven/{id}/besluit")
	String decide(@PathVariable UUID id, @RequestParam(required = false) @Nullable String decision,
			@RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable String reasons, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		boolean grant = !"decline".equals(decision);
		return step(id, grant ? "initiative.done.granted" : "initiative.done.declined",
				() -> grant ? this.guidance.grant(id, amount, reasons) : this.guidance.decline(id, reasons),
				typed("amount", amount, "reasons", reasons), model, locale, response, redirect);
	}

	@PostMapping("/initiatieven/{id}/starten")
	String start(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		return step(id, "initiative.done.started", () -> {
			this.guidance.start(id);
			return new Complaints();
		}, Map.of(), model, locale, response, redirect);
	}

	@PostMapping("/initiatieven/{id}/nieuws")
	String update(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable MultipartFile photo,
			@RequestParam(required = false) @Nullable String alt, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		byte[] upload = photo == null || photo.isEmpty() ? null : photo.getBytes();
		return step(id, "initiative.done.update", () -> this.updates.post(id, text, upload, alt),
				typed("text", text, "alt", alt), model, locale, response, redirect);
	}

	@GetMapping("/initiatieven/{id}/nieuws/{update}/foto")
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID update) {
		return this.updates.photo(id, update)
			.map(bytes -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePublic())
				.body(bytes))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@PostMapping("/initiatieven/{id}/afronden")
	String complete(@PathVariable UUID id, @RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable String liveability,
			@RequestParam(required = false) @Nullable String cohesion,
			@RequestParam(required = false) @Nullable String participants, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> typed = typed("outcome", outcome, "liveability", liveability, "cohesion", cohesion);
		typed.put("participants", participants == null ? "" : participants);
		return step(id, "initiative.done.completed",
				() -> this.guidance.complete(id, outcome, liveability, cohesion, participants), typed, model, locale,
				response, redirect);
	}

	@PostMapping("/initiatieven/{id}/stoppen")
	String stop(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, "initiative.done.stopped", () -> this.guidance.stop(id, reason), typed("reason", reason),
				model, locale, response, redirect);
	}

	private String step(UUID id, String done, Supplier<Complaints> step, Map<String, String> typed, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Complaints complaints;
		try {
			complaints = step.get();
		}
		catch (StepRefused refused) {
			return refused(id, refused.messageKey(), model, locale, response, refused.arguments());
		}
		if (!complaints.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(id, complaints, typed, model, locale);
		}
		redirect.addFlashAttribute("done", done);
		return "redirect:/initiatieven/" + id;
	}

	private String refused(UUID id, String key, Model model, Locale locale, HttpServletResponse response,
			Object... arguments) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("refused", key);
		model.addAttribute("refusedArguments", arguments);
		return page(id, new Complaints(), Map.of(), model, locale);
	}

	private String page(UUID id, Complaints complaints, Map<String, String> typed, Model model, Locale locale) {
		model.addAttribute("view", this.pages.view(id, locale));
		model.addAttribute("complaints", complaints);
		model.addAttribute("typed", typed);
		return "initiatives/initiative";
	}

	private static Map<String, String> typed(String... namesAndValues) {
		Map<String, String> typed = new HashMap<>();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			typed.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
		}
		return typed;
	}

}
