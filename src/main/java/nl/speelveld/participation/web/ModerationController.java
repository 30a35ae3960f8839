package nl.speelveld.participation.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.participation.moderation.Moderating;
import nl.speelveld.participation.moderation.ModerationQueue;
import nl.speelveld.participation.moderation.ModerationTrail;
import nl.speelveld.shared.Complaints;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The moderation queue of the areas someone moderates in, its actions, and the trail of what moderators did. */
@Controller
class ModerationController {

	private final ModerationQueue queue;

	private final Moderating moderating;

	private final ModerationTrail trail;

	ModerationController(ModerationQueue queue, Moderating moderating, ModerationTrail trail) {
		this.queue = queue;
		this.moderating = moderating;
		this.trail = trail;
	}

	@GetMapping("/beheer/moderatie")
	String queue(Model model) {
		return page(new Complaints(), "", "", List.of(), (String) model.getAttribute("done"), model);
	}

	@PostMapping("/beheer/moderatie")
	String act(@RequestParam(name = "item", required = false) @Nullable List<String> items,
			@RequestParam(name = "actie", required = false) @Nullable String action,
			@RequestParam(name = "reden", required = false) @Nullable String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<String> chosen = items == null ? List.of() : items;
		Moderating.Outcome outcome = this.moderating.act(action, chosen, reason);
		if (!outcome.complaints().isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(outcome.complaints(), action == null ? "" : action, reason == null ? "" : reason, chosen, null, model);
		}
		redirect.addFlashAttribute("done", "moderation.done");
		return "redirect:/beheer/moderatie";
	}

	@GetMapping("/beheer/moderatie/logboek")
	String trail(Model model) {
		model.addAttribute("lines", this.trail.forCurrentModerator());
		return "participation/moderation-trail";
	}

	private String page(Complaints complaints, String action, String reason, List<String> chosen, @Nullable String done, Model model) {
		model.addAttribute("items", this.queue.forCurrentModerator());
		model.addAttribute("complaints", complaints);
		model.addAttribute("action", action);
		model.addAttribute("reason", reason);
		model.addAttribute("chosen", chosen);
		model.addAttribute("done", done == null ? "" : done);
		return "participation/moderation-queue";
	}

}
