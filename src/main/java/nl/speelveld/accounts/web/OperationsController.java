package nl.speelveld.accounts.web;

import nl.speelveld.accounts.audit.AuditLog;
import nl.speelveld.shared.mail.Mailer;
import nl.speelveld.shared.mail.Outbox;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** For administrators only: the audit log and the outbox of mail that was not sent. */
@Controller
class OperationsController {

	private static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	private final Outbox outbox;

	private final Mailer mailer;

	OperationsController(AuditLog audit, Outbox outbox, Mailer mailer) {
		this.audit = audit;
		this.outbox = outbox;
		this.mailer = mailer;
	}

	@GetMapping("/beheer/audit")
	@PreAuthorize("@access.isAdministrator()")
	String audit(@RequestParam(defaultValue = "0") int pagina, @RequestParam(required = false) @Nullable String actie,
			Model model) {
		int page = Math.max(0, pagina);
		String action = actie == null || actie.isBlank() ? null : actie;
		var entries = this.audit.newest(page, PAGE_SIZE + 1, action);
		model.addAttribute("entries", entries.subList(0, Math.min(PAGE_SIZE, entries.size())));
		model.addAttribute("pageNumber", page);
		model.addAttribute("hasMore", entries.size() > PAGE_SIZE);
		model.addAttribute("action", action == null ? "" : action);
		return "accounts/admin/audit";
	}

	@GetMapping("/beheer/outbox")
	@PreAuthorize("@access.isAdministrator()")
	String outbox(Model model) {
		model.addAttribute("messages", this.outbox.newest(100));
		model.addAttribute("delivers", this.mailer.delivers());
		return "accounts/admin/outbox";
	}

}
