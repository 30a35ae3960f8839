package nl.speelveld.routing.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.routing.questions.Inbox;
import nl.speelveld.routing.questions.InboxActions;
import nl.speelveld.routing.questions.QuestionMovedOn;
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
 * The inbox of a professional: the residents' questions held by their posts, and on each question the steps
 * they can take. Who may act is decided on the server for every request: the holders of the post that has
 * the question now; anyone else is refused.
 */
@Controller
class InboxController {

	private final Inbox inbox;

	private final InboxActions actions;

	private final Permissions permissions;

	InboxController(Inbox inbox, InboxActions actions, Permissions permissions) {
		this.inbox = inbox;
		this.actions = actions;
		this.permissions = permissions;
	}

	@GetMapping("/inbox")
	String list(Model model, Locale locale) {
		model.addAttribute("listing", this.inbox.list(user(), locale));
		if (!model.containsAttribute("done")) {
			model.addAttribute("done", "");
		}
		if (!model.containsAttribute("doneName")) {
			model.addAttribute("doneName", "");
		}
		return "routing/questions/inbox";
	}

	@GetMapping("/inbox/{id}")
	String question(@PathVariable UUID id, Model model, Locale locale) {
		return detail(id, new Complaints(), model, locale);
	}

	@PostMapping("/inbox/{id}/oppakken")
	String accept(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.actions.accept(id, user());
		}
		catch (QuestionMovedOn movedOn) {
			return movedOn(id, model, locale, response);
		}
		redirect.addFlashAttribute("done", "inbox.done.accepted");
		return "redirect:/inbox/" + id;
	}

	@PostMapping("/inbox/{id}/beantwoorden")
	String answer(@PathVariable UUID id, @RequestParam(required = false) @Nullable String answer, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			Complaints complaints = this.actions.answer(id, user(), answer);
			if (!complaints.isEmpty()) {
				model.addAttribute("answer", answer == null ? "" : answer);
				return refused(id, complaints, model, locale, response);
			}
		}
		catch (QuestionMovedOn movedOn) {
			return movedOn(id, model, locale, response);
		}
		redirect.addFlashAttribute("done", "inbox.done.answered");
		return "redirect:/inbox/" + id;
	}

	@PostMapping("/inbox/{id}/doorgeven")
	String handOff(@PathVariable UUID id, @RequestParam(required = false) @Nullable String post,
			@RequestParam(required = false) @Nullable String role, @RequestParam(required = false) @Nullable String note,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			var handOff = this.actions.handOff(id, user(), post, role, note, locale);
			if (handOff.to() == null) {
				model.addAttribute(post != null && !post.isBlank() ? "notePost" : "noteRole", note == null ? "" : note);
				return refused(id, handOff.complaints(), model, locale, response);
			}
			redirect.addFlashAttribute("done", "inbox.done.handed-off");
			redirect.addFlashAttribute("doneName", handOff.to().name());
			return "redirect:/inbox";
		}
		catch (QuestionMovedOn movedOn) {
			return movedOn(id, model, locale, response);
		}
	}

	@PostMapping("/inbox/{id}/afsluiten")
	String close(@PathVariable UUID id, @RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable String note, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			Complaints complaints = this.actions.close(id, user(), outcome, note);
			if (!complaints.isEmpty()) {
				model.addAttribute("closeNote", note == null ? "" : note);
				return refused(id, complaints, model, locale, response);
			}
		}
		catch (QuestionMovedOn movedOn) {
			return movedOn(id, model, locale, response);
		}
		redirect.addFlashAttribute("done", "inbox.done.closed");
		return "redirect:/inbox/" + id;
	}

	private String refused(UUID id, Complaints complaints, Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return detail(id, complaints, model, locale);
	}

	/** Someone took the step first, or the question was withdrawn: the page shows where it stands now. */
	private String movedOn(UUID id, Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("refused", "inbox.error.moved-on");
		return detail(id, new Complaints(), model, locale);
	}

	private String detail(UUID id, Complaints complaints, Model model, Locale locale) {
		model.addAttribute("detail", this.inbox.detail(id, user(), locale));
		model.addAttribute("complaints", complaints);
		for (String field : new String[] { "done", "refused", "answer", "notePost", "noteRole", "closeNote" }) {
			if (!model.containsAttribute(field)) {
				model.addAttribute(field, "");
			}
		}
		return "routing/questions/inbox-question";
	}

	/** Signed in, or asked to sign in: Spring Security answers the refusal of an anonymous visitor so. */
	private UserId user() {
		return this.permissions.currentUser().orElseThrow(() -> new AccessDeniedException("Sign in to see the inbox"));
	}

}
