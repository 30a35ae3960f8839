package nl.speelveld.participation.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.participation.discussion.Discussions;
import nl.speelveld.shared.images.Photo;
import nl.speelveld.shared.security.FormGuard;
import nl.speelveld.participation.processes.Contribution;
import nl.speelveld.participation.processes.ContributionRefused;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessNotFound;
import nl.speelveld.participation.processes.ProcessSteps;
import nl.speelveld.participation.processes.TakingPart;
import nl.speelveld.participation.proposals.Answers;
import nl.speelveld.participation.proposals.ProposalForm;
import nl.speelveld.participation.proposals.ProposalQuery;
import nl.speelveld.participation.proposals.ProposalRefused;
import nl.speelveld.participation.proposals.ProposalStore;
import nl.speelveld.participation.proposals.Proposing;
import nl.speelveld.participation.proposals.Supports;
import nl.speelveld.participation.proposals.Upload;
import nl.speelveld.shared.Complaints;
import nl.speelveld.shared.Problem;
import nl.speelveld.shared.web.MapSettings;
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
 * The proposals of a process: the list with its map, the form for a new one, the page of one with its
 * supports and the owner's answer. A refusal of the process (closed, another phase, residents only) shows
 * the page as it is with the reason; a form with mistakes comes back with what was typed and a message at
 * each field, and nothing is stored.
 */
@Controller
class ProposalsController {

	private final ProposalPages pages;

	private final Proposing proposing;

	private final Supports supports;

	private final Answers answers;

	private final ProposalStore store;

	private final ProcessSteps steps;

	private final Permissions permissions;

	private final TakingPart takingPart;

	private final MapSettings map;

	private final Discussions discussions;

	private final FormGuard guard;

	ProposalsController(ProposalPages pages, Proposing proposing, Supports supports, Answers answers,
			ProposalStore store, ProcessSteps steps, Permissions permissions, TakingPart takingPart, MapSettings map,
			Discussions discussions, FormGuard guard) {
		this.takingPart = takingPart;
		this.discussions = discussions;
		this.guard = guard;
		this.pages = pages;
		this.proposing = proposing;
		this.supports = supports;
		this.answers = answers;
		this.store = store;
		this.steps = steps;
		this.permissions = permissions;
		this.map = map;
	}

	@GetMapping("/participatie/{id}/voorstellen")
	String list(@PathVariable UUID id, @RequestParam(required = false) @Nullable String q,
			@RequestParam(name = "uitkomst", required = false) @Nullable String show,
			@RequestParam(name = "volgorde", required = false) @Nullable String order,
			@RequestParam(name = "pagina", required = false) @Nullable String page, Model model) {
		Process process = this.pages.process(id);
		ProposalQuery query = ProposalQuery.parse(id, q, known(show, ProposalQuery.Show.values()),
				known(order, ProposalQuery.Order.values()), pageIndex(page), null);
		model.addAttribute("view", this.pages.list(process, query));
		model.addAttribute("map", this.map);
		return "participation/proposals/list";
	}

	@GetMapping("/participatie/{id}/voorstellen/nieuw")
	String newProposal(@PathVariable UUID id, Model model) {
		signedIn();
		Process process = this.pages.process(id);
		String refused = null;
		Object[] arguments = new Object[0];
		try {
			// Only asks: the form is offered when the process takes a proposal from this visitor now.
			this.takingPart.check(process, Contribution.PROPOSE);
		}
		catch (ContributionRefused refusal) {
			refused = refusal.messageKey();
			arguments = refusal.arguments();
		}
		catch (ProcessNotFound draft) {
			refused = "participation.refused.draft";
		}
		return form(process, ProposalForm.startingWith(this.pages.shownName()), new Complaints(), refused, arguments,
				Map.of(), model);
	}

	@PostMapping("/participatie/{id}/voorstellen/nieuw")
	String submit(@PathVariable UUID id, ProposalForm form,
			@RequestParam(required = false) @Nullable MultipartFile image1,
			@RequestParam(required = false) @Nullable MultipartFile image2,
			@RequestParam(required = false) @Nullable MultipartFile image3,
			@RequestParam(required = false) @Nullable String alt1, @RequestParam(required = false) @Nullable String alt2,
			@RequestParam(required = false) @Nullable String alt3,
			@RequestParam(name = FormGuard.HONEYPOT, required = false) @Nullable String honeypot,
			@RequestParam(name = FormGuard.STAMP, required = false) @Nullable String stamp, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		signedIn();
		Process process = this.pages.process(id);
		Map<String, String> alts = new HashMap<>();
		alts.put("alt1", alt1 == null ? "" : alt1);
		alts.put("alt2", alt2 == null ? "" : alt2);
		alts.put("alt3", alt3 == null ? "" : alt3);
		FormGuard.Verdict verdict = this.guard.check(honeypot, stamp);
		if (!verdict.passed()) {
			// a robot's signs, or a person who was faster than anyone reads: nothing is stored, what was typed stays
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("guarded", verdict.refusal());
			return form(process, form, new Complaints(), null, new Object[0], alts, model);
		}
		List<Upload> uploads = new ArrayList<>();
		uploads.add(upload(1, image1, alt1));
		uploads.add(upload(2, image2, alt2));
		uploads.add(upload(3, image3, alt3));
		Proposing.Submitted submitted;
		try {
			submitted = this.proposing.submit(process, form, uploads);
		}
		catch (ContributionRefused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(process, form, new Complaints(), refused.messageKey(), refused.arguments(), alts, model);
		}
		if (submitted.id() == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			ProposalForm again = submitted.complaints().has("postcode") ? form.withoutPoint() : form;
			return form(process, again, submitted.complaints(), null, new Object[0], alts, model);
		}
		redirect.addFlashAttribute("done", submitted.visible() ? "proposal.done.submitted" : "proposal.done.held");
		return "redirect:/participatie/" + id + "/voorstellen/" + submitted.id();
	}

	@GetMapping("/participatie/{id}/voorstellen/{proposal}")
	String show(@PathVariable UUID id, @PathVariable UUID proposal, Model model) {
		return page(this.pages.process(id), proposal, new Complaints(), Map.of(), model);
	}

	/** The way to support after signing in: the sign-in page brings the resident back here, then to the button. */
	@GetMapping("/participatie/{id}/voorstellen/{proposal}/steunen")
	String signInToSupport(@PathVariable UUID id, @PathVariable UUID proposal) {
		signedIn();
		return "redirect:/participatie/" + id + "/voorstellen/" + proposal + "#steun-titel";
	}

	@PostMapping("/participatie/{id}/voorstellen/{proposal}/steunen")
	String support(@PathVariable UUID id, @PathVariable UUID proposal, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		signedIn();
		Process process = this.pages.process(id);
		try {
			boolean added = this.supports.support(process, proposal);
			redirect.addFlashAttribute("done", added ? "proposal.done.supported" : "proposal.done.supported-already");
		}
		catch (ContributionRefused | ProposalRefused refused) {
			return refused(process, proposal, refused, model, response);
		}
		return "redirect:/participatie/" + id + "/voorstellen/" + proposal + "#steun-titel";
	}

	@PostMapping("/participatie/{id}/voorstellen/{proposal}/steun-intrekken")
	String withdraw(@PathVariable UUID id, @PathVariable UUID proposal, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		signedIn();
		Process process = this.pages.process(id);
		try {
			this.supports.withdraw(process, proposal);
		}
		catch (ContributionRefused refused) {
			return refused(process, proposal, refused, model, response);
		}
		redirect.addFlashAttribute("done", "proposal.done.withdrawn");
		return "redirect:/participatie/" + id + "/voorstellen/" + proposal + "#steun-titel";
	}

	@PostMapping("/participatie/{id}/voorstellen/{proposal}/uitkomst")
	String answer(@PathVariable UUID id, @PathVariable UUID proposal,
			@RequestParam(required = false) @Nullable String outcome, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String councilDecision, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		signedIn();
		Process process = this.pages.process(id);
		if (!this.steps.canRun(process)) {
			throw new AccessDeniedException("Only those who run the process answer its proposals");
		}
		Complaints complaints = this.answers.answer(process, proposal, outcome, reason, councilDecision);
		if (!complaints.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Map<String, String> typed = new HashMap<>();
			typed.put("outcome", outcome == null ? "" : outcome);
			typed.put("reason", reason == null ? "" : reason);
			typed.put("councilDecision", councilDecision == null ? "" : councilDecision);
			return page(process, proposal, complaints, typed, model);
		}
		redirect.addFlashAttribute("done", "proposal.done.answered");
		return "redirect:/participatie/" + id + "/voorstellen/" + proposal + "#uitkomst-titel";
	}

	@GetMapping("/participatie/{id}/voorstellen/{proposal}/foto/{n}")
	ResponseEntity<byte[]> image(@PathVariable UUID id, @PathVariable UUID proposal, @PathVariable String n) {
		if (!n.matches("[1-" + Proposing.MOST_IMAGES + "]")) {
			return ResponseEntity.notFound().build();
		}
		int position = Integer.parseInt(n);
		var bytes = this.store.publicImage(id, proposal, position);
		boolean shared = bytes.isPresent();
		if (bytes.isEmpty()) {
			// A photo of a proposal that waits for a moderator: only for those who may see the proposal itself.
			try {
				this.pages.shown(this.pages.process(id), proposal);
			}
			catch (Problem notForThisVisitor) {
				return ResponseEntity.notFound().build();
			}
			bytes = this.store.image(id, proposal, position);
		}
		CacheControl cache = shared ? CacheControl.maxAge(Duration.ofDays(1)).cachePublic() : CacheControl.noStore();
		return bytes.map(jpeg -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(cache).body(jpeg))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private String refused(Process process, UUID proposal, Problem refused, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("refused", refused.messageKey());
		model.addAttribute("refusedArguments", refused.arguments());
		return page(process, proposal, new Complaints(), Map.of(), model);
	}

	private String page(Process process, UUID proposal, Complaints complaints, Map<String, String> typed, Model model) {
		model.addAttribute("view", this.pages.view(process, proposal));
		model.addAttribute("discussion", this.discussions.of(process, proposal));
		model.addAttribute("mayArgue", this.takingPart.can(process, Contribution.ARGUE));
		model.addAttribute("mayComment", this.takingPart.can(process, Contribution.COMMENT));
		model.addAttribute("complaints", complaints);
		model.addAttribute("typed", typed);
		model.addAttribute("map", this.map);
		return "participation/proposals/proposal";
	}

	private String form(Process process, ProposalForm form, Complaints complaints, @Nullable String refused,
			Object[] refusedArguments, Map<String, String> alts, Model model) {
		model.addAttribute("view", this.pages.form(process, form, complaints, refused, refusedArguments, alts));
		model.addAttribute("map", this.map);
		model.addAttribute("stamp", this.guard.stamp());
		return "participation/proposals/new";
	}

	private static Upload upload(int position, @Nullable MultipartFile file, @Nullable String alt) throws IOException {
		if (file != null && file.getSize() > Photo.MOST_BYTES) {
			// not read at all: one byte that is no image says the file cannot be used, at its field
			return new Upload(position, new byte[] { 0 }, alt);
		}
		return new Upload(position, file == null || file.isEmpty() ? null : file.getBytes(), alt);
	}

	private void signedIn() {
		if (this.permissions.currentUser().isEmpty()) {
			throw new AccessDeniedException("Taking part needs signing in");
		}
	}

	/** A filter value the page offers, or nothing: a page never refuses, it shows all instead. */
	private static @Nullable String known(@Nullable String value, Enum<?>[] options) {
		if (value == null) {
			return null;
		}
		for (Enum<?> option : options) {
			if (option.name().toLowerCase(java.util.Locale.ROOT).equals(value.strip())) {
				return value.strip();
			}
		}
		return null;
	}

	/** The page as people count (from 1) in the address, as an index from 0; anything else is the first page. */
	private static String pageIndex(@Nullable String page) {
		if (page == null || !page.strip().matches("\\d{1,6}")) {
			return "0";
		}
		return String.valueOf(Math.max(0, Math.min(ProposalQuery.MAXIMUM_PAGE, Integer.parseInt(page.strip()) - 1)));
	}

}
