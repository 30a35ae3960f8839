package nl.speelveld.participation.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.participation.processes.Documents;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessEditing;
import nl.speelveld.participation.processes.ProcessForm;
import nl.speelveld.participation.processes.ProcessStatus;
import nl.speelveld.participation.processes.ProcessSteps;
import nl.speelveld.participation.processes.ProcessStore;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where coordinators prepare the processes of their areas and run them: the process with its phases, the
 * step to the next phase, documents, and what happened with residents' input.
 */
@Controller
class ProcessAdminController {

	private static final int LISTED = 200;

	private final ProcessStore processes;

	private final ProcessEditing editing;

	private final ProcessSteps steps;

	private final Documents documents;

	private final ProcessPages pages;

	private final Permissions permissions;

	ProcessAdminController(ProcessStore processes, ProcessEditing editing, ProcessSteps steps, Documents documents,
			ProcessPages pages, Permissions permissions) {
		this.processes = processes;
		this.editing = editing;
		this.steps = steps;
		this.documents = documents;
		this.pages = pages;
		this.permissions = permissions;
	}

	@GetMapping("/beheer/participatie")
	String list(Model model) {
		coordinatorsOnly();
		model.addAttribute("processes", this.processes.inAreas(
				this.permissions.isAdministrator() ? null : this.permissions.coordinatorScopes(), LISTED));
		return "participation/admin-list";
	}

	@GetMapping("/beheer/participatie/nieuw")
	String blank(@RequestParam(name = "gebied", required = false) @Nullable String area, Model model) {
		coordinatorsOnly();
		String start = area != null ? area
				: this.permissions.coordinatorScopes().stream().findFirst().map(code -> code.value()).orElse("");
		return form(null, ProcessForm.blank(start), new Complaints(), model);
	}

	@PostMapping("/beheer/participatie/nieuw")
	String create(ProcessForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		coordinatorsOnly();
		ProcessEditing.Saved saved = this.editing.save(null, form);
		if (saved.id().isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(null, form, saved.complaints(), model);
		}
		redirect.addFlashAttribute("done", "participation.edit.created");
		return "redirect:/beheer/participatie/" + saved.id().get();
	}

	@GetMapping("/beheer/participatie/{id}")
	String edit(@PathVariable UUID id, Model model) {
		Process process = running(id);
		return form(process, ProcessForm.of(process), new Complaints(), model);
	}

	@PostMapping("/beheer/participatie/{id}")
	String change(@PathVariable UUID id, ProcessForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Process process = running(id);
		ProcessEditing.Saved saved = this.editing.save(process, form);
		if (saved.id().isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(process, form, saved.complaints(), model);
		}
		redirect.addFlashAttribute("done", "participation.edit.saved");
		return "redirect:/beheer/participatie/" + id;
	}

	/**
	 * The step to the next phase, from the phase the owner saw: a second press on an old page, or two owners
	 * at once, move the process only once.
	 */
	@PostMapping("/beheer/participatie/{id}/volgende-fase")
	String advance(@PathVariable UUID id, @RequestParam(name = "vanaf", defaultValue = "") String seen,
			RedirectAttributes redirect) {
		Process process = running(id);
		if (!seen.equals(where(process))) {
			throw new ProcessSteps.StepRefused("participation.step.refused.moved");
		}
		Process moved = this.steps.advance(process);
		redirect.addFlashAttribute("done", moved.status() == ProcessStatus.CLOSED ? "participation.steps.closed"
				: process.status() == ProcessStatus.DRAFT ? "participation.steps.opened" : "participation.steps.moved");
		return "redirect:/beheer/participatie/" + id;
	}

	@PostMapping("/beheer/participatie/{id}/documenten")
	String addDocument(@PathVariable UUID id, @RequestParam(name = "titel", required = false) @Nullable String title,
			@RequestParam(name = "adres", required = false) @Nullable String url,
			@RequestParam(name = "bestand", required = false) @Nullable MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		Process process = running(id);
		Complaints complaints;
		if (file != null && file.getSize() > Documents.MOST_BYTES) {
			// not read at all: the size alone refuses it
			complaints = new Complaints();
			complaints.add("document-file", "participation.document.error.file");
		}
		else {
			complaints = this.documents.add(process, title, url, file == null || file.isEmpty() ? null : file.getBytes());
		}
		if (!complaints.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("documentTitle", title == null ? "" : title);
			model.addAttribute("documentUrl", url == null ? "" : url);
			return form(process, ProcessForm.of(process), complaints, model);
		}
		redirect.addFlashAttribute("done", "participation.document.added");
		return "redirect:/beheer/participatie/" + id + "#documenten";
	}

	@PostMapping("/beheer/participatie/{id}/documenten/{document}/verwijderen")
	String removeDocument(@PathVariable UUID id, @PathVariable UUID document, RedirectAttributes redirect) {
		this.documents.remove(running(id), document);
		redirect.addFlashAttribute("done", "participation.document.removed");
		return "redirect:/beheer/participatie/" + id + "#documenten";
	}

	@PostMapping("/beheer/participatie/{id}/verantwoording")
	String report(@PathVariable UUID id, @RequestParam(name = "verantwoording", defaultValue = "") String report,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Process process = running(id);
		if (report.strip().length() < 10 || report.length() > 8000) {
			Complaints complaints = new Complaints();
			complaints.add("verantwoording", "participation.report.error");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("typedReport", report);
			return form(process, ProcessForm.of(process), complaints, model);
		}
		this.steps.report(process, report);
		redirect.addFlashAttribute("done", "participation.report.saved");
		return "redirect:/beheer/participatie/" + id;
	}

	private String form(@Nullable Process process, ProcessForm form, Complaints complaints, Model model) {
		model.addAttribute("process", process);
		model.addAttribute("form", form);
		model.addAttribute("complaints", complaints);
		model.addAttribute("areaName", process == null ? "" : this.pages.areaName(process));
		model.addAttribute("documents", process == null ? List.of() : this.documents.of(process.id()));
		model.addAttribute("where", process == null ? "" : where(process));
		model.addAttribute("scopes", this.permissions.coordinatorScopes());
		return "participation/edit";
	}

	/** Where the process stands, as the form for the next step carries it. */
	static String where(Process process) {
		return process.status().key() + ":" + (process.currentPhase() == null ? "-" : process.currentPhase());
	}

	private Process running(UUID id) {
		Process process = this.processes.get(id);
		if (!this.steps.canRun(process)) {
			throw new AccessDeniedException("Only the coordinators of its area run a process");
		}
		return process;
	}

	private void coordinatorsOnly() {
		if (!this.permissions.isCoordinatorOrAdministrator()) {
			throw new AccessDeniedException("Only coordinators run participation processes");
		}
	}

}
