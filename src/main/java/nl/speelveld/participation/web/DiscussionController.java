package nl.speelveld.participation.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.participation.discussion.DiscussionItem;
import nl.speelveld.participation.discussion.Discussions;
import nl.speelveld.participation.processes.Contribution;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.TakingPart;
import nl.speelveld.shared.Complaints;
import nl.speelveld.shared.security.FormGuard;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Arguments and comments on a proposal. Both go back to the proposal's page, at the new item; a form with
 * something wrong comes back on a page of its own with what the person wrote and the problem next to the
 * field.
 */
@Controller
class DiscussionController {

	private final ProcessPages pages;

	private final Discussions discussions;

	private final TakingPart takingPart;

	private final FormGuard guard;

	DiscussionController(ProcessPages pages, Discussions discussions, TakingPart takingPart, FormGuard guard) {
		this.pages = pages;
		this.discussions = discussions;
		this.takingPart = takingPart;
		this.guard = guard;
	}

	@PostMapping("/participatie/{id}/voorstellen/{pid}/argumenten")
	String argue(@PathVariable UUID id, @PathVariable UUID pid, @RequestParam(name = "zijde", required = false) @Nullable String side,
			@RequestParam(name = "tekst", required = false) @Nullable String text,
			@RequestParam(name = FormGuard.HONEYPOT, required = false) @Nullable String honeypot,
			@RequestParam(name = FormGuard.STAMP, required = false) @Nullable String stamp, Model model,
			HttpServletResponse response) {
		Process process = this.pages.visible(id);
		Discussions.Written written = this.discussions.argue(process, pid, side, text, this.guard.check(honeypot, stamp));
		if (written.id() == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Map<String, String> summary = summary(written.complaints(), "argument-zijde", "argument-tekst");
			return form(process, pid, true, null, side, text, written.complaints(), summary, model);
		}
		return "redirect:" + proposalPage(id, pid) + "#argumenten";
	}

	@PostMapping("/participatie/{id}/voorstellen/{pid}/reacties")
	String comment(@PathVariable UUID id, @PathVariable UUID pid,
			@RequestParam(name = "antwoordOp", required = false) @Nullable UUID parent,
			@RequestParam(name = "tekst", required = false) @Nullable String text,
			@RequestParam(name = FormGuard.HONEYPOT, required = false) @Nullable String honeypot,
			@RequestParam(name = FormGuard.STAMP, required = false) @Nullable String stamp, Model model,
			HttpServletResponse response) {
		Process process = this.pages.visible(id);
		Discussions.Written written = this.discussions.comment(process, pid, parent, text, this.guard.check(honeypot, stamp));
		if (written.id() == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			DiscussionItem replyTo = parent == null ? null : this.discussions.replyTarget(process, pid, parent);
			String field = (parent == null ? "reactie-nieuw" : "antwoord-" + parent) + "-tekst";
			return form(process, pid, false, replyTo, null, text, written.complaints(), summary(written.complaints(), null, field),
					model);
		}
		return "redirect:" + proposalPage(id, pid) + "#reactie-" + written.id();
	}

	/** The proposal's own page, where the discussion shows. */
	static String proposalPage(UUID process, UUID proposal) {
		return "/participatie/" + process + "/voorstellen/" + proposal;
	}

	private String form(Process process, UUID proposal, boolean argument, @Nullable DiscussionItem replyTo, @Nullable String side,
			@Nullable String text, Complaints complaints, Map<String, String> summary, Model model) {
		model.addAttribute("process", process);
		model.addAttribute("areaName", this.pages.areaName(process));
		model.addAttribute("proposalId", proposal);
		model.addAttribute("proposalTitle", this.discussions.title(process, proposal));
		model.addAttribute("argument", argument);
		model.addAttribute("replyTo", replyTo);
		model.addAttribute("side", side == null ? "" : side);
		model.addAttribute("text", text == null ? "" : text);
		model.addAttribute("complaints", complaints);
		model.addAttribute("summary", summary);
		model.addAttribute("stamp", this.guard.stamp());
		return "participation/discussion-form";
	}

	/** The complaints for the summary at the top, each linking to the field on this page. */
	private static Map<String, String> summary(Complaints complaints, @Nullable String sideField, String textField) {
		Map<String, String> summary = new LinkedHashMap<>();
		complaints.all().forEach((field, key) -> {
			switch (field) {
				case "side" -> summary.put(sideField == null ? field : sideField, key);
				case "text" -> summary.put(textField, key);
				default -> summary.put(field, key);
			}
		});
		return summary;
	}

}
