package nl.speelveld.participation.web;

import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.participation.processes.Documents;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessNotFound;
import nl.speelveld.participation.processes.ProcessSteps;
import nl.speelveld.participation.processes.ProcessStore;
import nl.speelveld.participation.processes.TakingPart;
import nl.speelveld.participation.proposals.ProposalOutcomes;
import nl.speelveld.shared.Problem;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public page of a process: the question, the rung, the phases, how to take part, documents and history. */
@Controller
class ProcessController {

	private final ProcessPages pages;

	private final ProcessStore processes;

	private final ProcessSteps steps;

	private final TakingPart takingPart;

	private final Documents documents;

	private final Permissions permissions;

	private final ProposalOutcomes outcomes;

	ProcessController(ProcessPages pages, ProcessStore processes, ProcessSteps steps, TakingPart takingPart,
			Documents documents, Permissions permissions, ProposalOutcomes outcomes) {
		this.outcomes = outcomes;
		this.pages = pages;
		this.processes = processes;
		this.steps = steps;
		this.takingPart = takingPart;
		this.documents = documents;
		this.permissions = permissions;
	}

	@GetMapping("/participatie/{id}")
	String show(@PathVariable UUID id, Model model) {
		Process process = this.pages.visible(id);
		model.addAttribute("view", new ProcessView(process, this.pages.areaName(process), ProcessView.components(process),
				this.documents.of(id), this.processes.steps(id), this.steps.canRun(process), this.permissions.isSignedIn(),
				this.takingPart.needsResidency(process),
				process.uses(Process.PROPOSALS) ? this.outcomes.of(id) : null));
		return "participation/process";
	}

	/** A resident of a residents-only process gives their postcode; one outside the area is refused and not kept. */
	@PostMapping("/participatie/{id}/woonplaats")
	String residency(@PathVariable UUID id, @RequestParam(required = false) @Nullable String postcode,
			RedirectAttributes redirect) {
		Process process = this.pages.visible(id);
		String given = postcode == null ? "" : postcode.strip();
		try {
			if (given.isEmpty()) {
				redirect.addFlashAttribute("refused", "participation.residency.empty");
			}
			else {
				this.takingPart.declareResidency(process, given);
				redirect.addFlashAttribute("done", "participation.residency.done");
			}
		}
		catch (Problem refused) {
			// outside the area, an unknown postcode or no postcode at all: said on the page, nothing kept
			redirect.addFlashAttribute("refused", refused.messageKey());
			redirect.addFlashAttribute("refusedArguments", refused.arguments());
		}
		return "redirect:/participatie/" + id + "#meedoen";
	}

	@GetMapping("/participatie/{id}/documenten/{document}")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID document) {
		this.pages.visible(id);
		byte[] pdf = this.documents.file(id, document).orElseThrow(() -> new ProcessNotFound(id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document + ".pdf").build().toString())
			.cacheControl(CacheControl.noCache())
			.body(pdf);
	}

}
