package nl.speelveld.participation.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.participation.moderation.ContentKind;
import nl.speelveld.participation.moderation.ItemNotFound;
import nl.speelveld.participation.moderation.ModeratedItem;
import nl.speelveld.participation.moderation.Reports;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.shared.Complaints;
import nl.speelveld.shared.security.FormGuard;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A resident reports a proposal, argument or comment to the moderators, with a reason. */
@Controller
class ReportController {

	private final ProcessPages pages;

	private final Reports reports;

	private final Permissions permissions;

	private final FormGuard guard;

	ReportController(ProcessPages pages, Reports reports, Permissions permissions, FormGuard guard) {
		this.pages = pages;
		this.reports = reports;
		this.permissions = permissions;
		this.guard = guard;
	}

	@GetMapping("/participatie/{id}/voorstellen/{pid}/melden")
	String form(@PathVariable UUID id, @PathVariable UUID pid, @RequestParam(name = "soort", defaultValue = "") String kind,
			@RequestParam(name = "item", required = false) @Nullable UUID item, Model model) {
		signedIn();
		Process process = this.pages.visible(id);
		ModeratedItem reported = item(process, pid, kind, item);
		return page(process, reported, "", "", new Complaints(), model);
	}

	@PostMapping("/participatie/{id}/voorstellen/{pid}/melden")
	String report(@PathVariable UUID id, @PathVariable UUID pid, @RequestParam(name = "soort", defaultValue = "") String kind,
			@RequestParam(name = "item", required = false) @Nullable UUID item,
			@RequestParam(name = "reden", required = false) @Nullable String reason,
			@RequestParam(name = "toelichting", required = false) @Nullable String note,
			@RequestParam(name = FormGuard.HONEYPOT, required = false) @Nullable String honeypot,
			@RequestParam(name = FormGuard.STAMP, required = false) @Nullable String stamp, Model model,
			HttpServletResponse response) {
		signedIn();
		Process process = this.pages.visible(id);
		ModeratedItem reported = item(process, pid, kind, item);
		Complaints complaints = this.reports.report(reported.kind(), reported.id(), reason, note, this.guard.check(honeypot, stamp));
		if (!complaints.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(process, reported, reason == null ? "" : reason, note == null ? "" : note, complaints, model);
		}
		model.addAttribute("process", process);
		model.addAttribute("areaName", this.pages.areaName(process));
		model.addAttribute("back", reported.link());
		return "participation/reported";
	}

	private ModeratedItem item(Process process, UUID proposal, String kind, @Nullable UUID id) {
		ContentKind found = ContentKind.fromWord(kind).orElseThrow(ItemNotFound::new);
		if (id == null) {
			throw new ItemNotFound();
		}
		ModeratedItem item = this.reports.reportable(found, id);
		if (!item.process().equals(process.id()) || !item.proposal().equals(proposal)) {
			throw new ItemNotFound();
		}
		return item;
	}

	private String page(Process process, ModeratedItem item, String reason, String note, Complaints complaints, Model model) {
		Map<String, String> summary = new LinkedHashMap<>();
		complaints.all().forEach((field, key) -> summary.put("reason".equals(field) ? "melding-reden" : "melding-toelichting", key));
		model.addAttribute("process", process);
		model.addAttribute("areaName", this.pages.areaName(process));
		model.addAttribute("item", item);
		model.addAttribute("reason", reason);
		model.addAttribute("note", note);
		model.addAttribute("complaints", complaints);
		model.addAttribute("summary", summary);
		model.addAttribute("stamp", this.guard.stamp());
		return "participation/report";
	}

	private void signedIn() {
		if (this.permissions.currentUser().isEmpty()) {
			throw new AccessDeniedException("Reporting needs signing in");
		}
	}

}
