package nl.speelveld.routing.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.routing.questions.LeaveForm;
import nl.speelveld.routing.questions.LeavingQuestions;
import nl.speelveld.routing.questions.StatusPage;
import nl.speelveld.shared.Complaints;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Leaving a question with a professional, from the wegwijzer's answer: a page that shows to whom it goes,
 * lets the resident change the text, asks for an address and consent, and then asks them to confirm from
 * their mail. The link in that mail is their status page from then on; it confirms and withdraws on form
 * posts only, as mail scanners open links. Nobody signs in: the link is the key.
 */
@Controller
class QuestionController {

	private static final String STATUS = "/wegwijzer/vraag/";

	private final LeavingQuestions questions;

	QuestionController(LeavingQuestions questions) {
		this.questions = questions;
	}

	@PostMapping("/wegwijzer/achterlaten")
	String leave(LeaveForm form, Model model, Locale locale, HttpServletResponse response) {
		var draft = this.questions.draft(form, locale);
		if (!draft.hasRecipient()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		// The text is only checked once sent: here it may still be changed.
		return form(form, draft, draft.hasRecipient() ? new Complaints() : draft.complaints(),
				model, locale);
	}

	@PostMapping("/wegwijzer/vragen")
	String send(LeaveForm form, Model model, Locale locale, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		var left = this.questions.leave(form, request.getRemoteAddr(), locale);
		if (left.stored()) {
			redirect.addFlashAttribute("email", form.emailAddress());
			return "redirect:/wegwijzer/controleer-je-mail";
		}
		if (!left.retryAfter().isZero()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", String.valueOf(Math.max(1, left.retryAfter().toSeconds())));
			model.addAttribute("tooMany", true);
		}
		else {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return form(form, left.draft(), left.draft().complaints(), model, locale);
	}

	@GetMapping("/wegwijzer/controleer-je-mail")
	String checkMail(Model model) {
		if (!model.containsAttribute("email")) {
			model.addAttribute("email", "");
		}
		model.addAttribute("hours", String.valueOf(this.questions.confirmWithinHours()));
		return "routing/questions/check-mail";
	}

	@GetMapping(STATUS + "{token}")
	String status(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
		privateResponse(response);
		var status = this.questions.status(token, locale);
		if (status.isEmpty()) {
			return invalid(model, locale, response);
		}
		return statusPage(token, status.get(), model, locale);
	}

	@PostMapping(STATUS + "{token}/bevestigen")
	String confirm(@PathVariable String token, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		privateResponse(response);
		return switch (this.questions.confirm(token)) {
			case UNKNOWN -> invalid(model, locale, response);
			case UNAVAILABLE -> {
				response.setStatus(HttpStatus.GONE.value());
				yield "routing/questions/unavailable";
			}
			case CONFIRMED -> {
				redirect.addFlashAttribute("done", "question.status.confirmed");
				yield "redirect:" + STATUS + token;
			}
			case ALREADY, EXPIRED -> "redirect:" + STATUS + token;
		};
	}

	@PostMapping(STATUS + "{token}/intrekken")
	String withdraw(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
		privateResponse(response);
		if (!this.questions.withdraw(token)) {
			return invalid(model, locale, response);
		}
		return "redirect:/wegwijzer/vraag-ingetrokken";
	}

	@GetMapping("/wegwijzer/vraag-ingetrokken")
	String withdrawn() {
		return "routing/questions/withdrawn";
	}

	private String form(LeaveForm form, LeavingQuestions.Draft draft, Complaints complaints, Model model, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("draft", draft);
		model.addAttribute("complaints", complaints);
		model.addAttribute("retention", this.questions.retention(locale));
		model.addAttribute("hours", String.valueOf(this.questions.confirmWithinHours()));
		if (!model.containsAttribute("tooMany")) {
			model.addAttribute("tooMany", false);
		}
		return "routing/questions/leave";
	}

	private String statusPage(String token, StatusPage status, Model model, Locale locale) {
		model.addAttribute("token", token);
		model.addAttribute("status", status);
		model.addAttribute("retention", this.questions.retention(locale));
		model.addAttribute("hours", String.valueOf(this.questions.confirmWithinHours()));
		if (!model.containsAttribute("done")) {
			model.addAttribute("done", "");
		}
		return "routing/questions/status";
	}

	private String invalid(Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("retention", this.questions.retention(locale));
		return "routing/questions/link-invalid";
	}

	/** A status page is for the resident alone: kept out of caches and search engines. */
	private static void privateResponse(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
	}

}
