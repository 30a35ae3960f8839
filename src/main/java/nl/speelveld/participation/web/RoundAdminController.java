package nl.speelveld.participation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessSteps;
import nl.speelveld.participation.processes.ProcessStore;
import nl.speelveld.participation.proposals.Outcome;
import nl.speelveld.participation.proposals.ProposalOutcomes;
import nl.speelveld.participation.rounds.LetterCodes;
import nl.speelveld.participation.rounds.ProjectForm;
import nl.speelveld.participation.rounds.Round;
import nl.speelveld.participation.rounds.RoundForm;
import nl.speelveld.participation.rounds.RoundNotFound;
import nl.speelveld.participation.rounds.RoundRefused;
import nl.speelveld.participation.rounds.RoundResults;
import nl.speelveld.participation.rounds.RoundSetup;
import nl.speelveld.participation.rounds.RoundStore;
import nl.speelveld.shared.Complaints;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The owner's side of a budgeting round: its settings and projects before voting, letter codes for the
 * mailing, and after the vote the progress of the funded projects.
 */
@Controller
class RoundAdminController {

	/** A Pabulib file of a city-wide round is a few MB; ballots are not read on import. */
	static final long MOST_IMPORT_BYTES = 20L * 1024 * 1024;

	private final ProcessStore processes;

	private final ProcessSteps steps;

	private final RoundStore rounds;

	private final RoundSetup setup;

	private final LetterCodes codes;

	private final RoundResults results;

	private final ProposalOutcomes outcomes;

	private final ProcessPages pages;

	RoundAdminController(ProcessStore processes, ProcessSteps steps, RoundStore rounds, RoundSetup setup,
			LetterCodes codes, RoundResults results, ProposalOutcomes outcomes, ProcessPages pages) {
		this.processes = processes;
		this.steps = steps;
		this.rounds = rounds;
		this.setup = setup;
		this.codes = codes;
		this.results = results;
		this.outcomes = outcomes;
		this.pages = pages;
	}

	@GetMapping("/beheer/participatie/{id}/begroting")
	String show(@PathVariable UUID id, Model model) {
		Process process = running(id);
		return page(process, null, null, new Complaints(), model);
	}

	@PostMapping("/beheer/participatie/{id}/begroting")
	String save(@PathVariable UUID id, RoundForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Process process = running(id);
		Complaints complaints = this.setup.save(process, form);
		if (!complaints.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(process, form, null, complaints, model);
		}
		redirect.addFlashAttribute("done", "round.admin.saved");
		return "redirect:/beheer/participatie/" + id + "/begroting";
	}

	@PostMapping("/beheer/participatie/{id}/begroting/projecten")
	String addProject(@PathVariable UUID id, ProjectForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Process process = withRound(id);
		Complaints complaints = this.setup.addProject(process, form);
		if (!complaints.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(process, null, form, complaints, model);
		}
		redirect.addFlashAttribute("done", "round.admin.project-added");
		return "redirect:/beheer/participatie/" + id + "/begroting#projecten";
	}

	@PostMapping("/beheer/participatie/{id}/begroting/projecten/{project}/verwijderen")
	String removeProject(@PathVariable UUID id, @PathVariable UUID project, RedirectAttributes redirect) {
		this.setup.removeProject(withRound(id), project);
		redirect.addFlashAttribute("done", "round.admin.project-removed");
		return "redirect:/beheer/participatie/" + id + "/begroting#projecten";
	}

	@PostMapping("/beheer/participatie/{id}/begroting/import")
	String importFile(@PathVariable UUID id, @RequestParam(name = "bestand", required = false) @Nullable MultipartFile file,
			Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		Process process = running(id);
		Complaints complaints;
		if (file == null || file.isEmpty() || file.getSize() > MOST_IMPORT_BYTES) {
			complaints = new Complaints();
			complaints.add("file", "round.import.file");
		}
		else {
			complaints = this.setup.importPabulib(process, new String(file.getBytes(), StandardCharsets.UTF_8));
		}
		if (!complaints.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(process, null, null, complaints, model);
		}
		redirect.addFlashAttribute("done", "round.admin.imported");
		return "redirect:/beheer/participatie/" + id + "/begroting";
	}

	/** Makes a batch of codes, one per line of the list, and hands out the mailing once: the codes are not kept. */
	@PostMapping("/beheer/participatie/{id}/begroting/lettercodes")
	Object letterCodes(@PathVariable UUID id, @RequestParam(name = "adressen", defaultValue = "") String addresses,
			HttpServletRequest request, Model model, HttpServletResponse response) {
		Process process = withRound(id);
		Round round = this.rounds.get(id);
		List<String> lines = Arrays.stream(addresses.split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
			.map(line -> line.length() > 200 ? line.substring(0, 200) : line)
			.toList();
		if (lines.isEmpty() || lines.size() > LetterCodes.MOST_PER_BATCH) {
			Complaints complaints = new Complaints();
			complaints.add("adressen", "round.codes.count");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(process, null, null, complaints, model);
		}
		LetterCodes.Batch batch = this.codes.issue(process, round, lines);
		String voteUrl = ServletUriComponentsBuilder.fromContextPath(request)
			.path("/participatie/{id}/begroting")
			.buildAndExpand(id)
			.toUriString();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header("Content-Disposition",
					ContentDisposition.attachment().filename("lettercodes-" + batch.number() + ".zip").build().toString())
			.header("Cache-Control", "no-store")
			.body(LetterMailing.zip(process, this.pages.areaName(process), voteUrl, batch));
	}

	@PostMapping("/beheer/participatie/{id}/begroting/projecten/{project}/voortgang")
	String progress(@PathVariable UUID id, @PathVariable UUID project,
			@RequestParam(name = "voortgang", required = false) @Nullable String progress,
			@RequestParam(name = "tekst", required = false) @Nullable String text, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Process process = withRound(id);
		Round round = this.rounds.get(id);
		RoundResults.Result result = this.results.of(process)
			.orElseThrow(() -> new RoundRefused(RoundRefused.NOT_OVER));
		Complaints complaints = this.setup.progress(process, round, result, project, progress, text);
		if (!complaints.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(process, null, null, complaints, model);
		}
		redirect.addFlashAttribute("done", "round.admin.progress-saved");
		return "redirect:/beheer/participatie/" + id + "/begroting#voortgang";
	}

	private String page(Process process, @Nullable RoundForm form, @Nullable ProjectForm projectForm, Complaints complaints,
			Model model) {
		var round = this.rounds.of(process.id());
		model.addAttribute("view", new RoundAdminView(process, this.pages.areaName(process), round.orElse(null),
				form != null ? form : round.map(RoundForm::of).orElse(RoundForm.empty()),
				projectForm != null ? projectForm : ProjectForm.empty(), complaints,
				this.outcomes.of(process.id()).answered().stream()
					.filter(answered -> answered.outcome() == Outcome.ADOPTED || answered.outcome() == Outcome.PARTLY)
					.toList(),
				round.isPresent() ? this.rounds.codeCount(process.id()) : 0,
				round.isPresent() ? this.rounds.ballotCount(process.id()) : 0,
				this.results.of(process).orElse(null)));
		return "participation/rounds/admin";
	}

	private Process running(UUID id) {
		Process process = this.processes.get(id);
		if (!this.steps.canRun(process)) {
			throw new AccessDeniedException("Only the coordinators of its area run a round");
		}
		if (!process.uses(Process.BUDGETING)) {
			throw new RoundNotFound(id);
		}
		return process;
	}

	private Process withRound(UUID id) {
		Process process = running(id);
		this.rounds.get(id);
		return process;
	}

}
