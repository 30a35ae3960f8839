package nl.speelveld.initiatives.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.initiatives.lifecycle.IdeaForm;
import nl.speelveld.initiatives.lifecycle.Ideas;
import nl.speelveld.initiatives.lifecycle.Initiative;
import nl.speelveld.initiatives.lifecycle.InitiativeStore;
import nl.speelveld.initiatives.lifecycle.Lifecycle;
import nl.speelveld.initiatives.lifecycle.Step;
import nl.speelveld.initiatives.lifecycle.StepRefused;
import nl.speelveld.initiatives.lifecycle.Submissions;
import nl.speelveld.initiatives.lifecycle.SupportKind;
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
 * A resident starts an initiative, works out its plan and submits it. Before creating, the form can show
 * similar initiatives nearby, so that neighbours with the same plan can join forces. Submitting shows the
 * gemeente's rules first, and checks them.
 */
@Controller
class IdeaController {

	private final Ideas ideas;

	private final Submissions submissions;

	private final InitiativeStore store;

	private final Lifecycle lifecycle;

	private final Permissions permissions;

	IdeaController(Ideas ideas, Submissions submissions, InitiativeStore store, Lifecycle lifecycle,
			Permissions permissions) {
		this.ideas = ideas;
		this.submissions = submissions;
		this.store = store;
		this.lifecycle = lifecycle;
		this.permissions = permissions;
	}

	@GetMapping("/initiatieven/nieuw")
	String start(Model model) {
		signedIn();
		return form(IdeaForm.empty(), new Complaints(), null, false, model);
	}

	@PostMapping("/initiatieven/nieuw")
	String create(IdeaForm form, @RequestParam(required = false) @Nullable String action, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		signedIn();
		if ("similar".equals(action)) {
			return form(form, new Complaints(), null, true, model);
		}
		Ideas.Created created = this.ideas.create(form);
		if (created.id() == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(form, created.complaints(), null, true, model);
		}
		redirect.addFlashAttribute("done", "initiative.done.created");
		return "redirect:/initiatieven/" + created.id();
	}

	@GetMapping("/initiatieven/{id}/bewerken")
	String edit(@PathVariable UUID id, Model model) {
		Initiative initiative = this.store.get(id);
		this.lifecycle.check(Step.EDIT_PLAN, initiative);
		return form(IdeaForm.of(initiative), new Complaints(), initiative, false, model);
	}

	@PostMapping("/initiatieven/{id}/bewerken")
	String save(@PathVariable UUID id, IdeaForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Complaints complaints = this.ideas.edit(id, form);
		if (!complaints.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(form, complaints, this.store.get(id), false, model);
		}
		redirect.addFlashAttribute("done", "initiative.done.saved");
		return "redirect:/initiatieven/" + id;
	}

	@GetMapping("/initiatieven/{id}/indienen")
	String submission(@PathVariable UUID id, Model model) {
		Initiative initiative = this.store.get(id);
		this.lifecycle.check(Step.SUBMIT, initiative);
		return submitPage(initiative, new Complaints(), List.of(), model);
	}

	@PostMapping("/initiatieven/{id}/indienen")
	String submit(@PathVariable UUID id, @RequestParam(name = "criterion", required = false) @Nullable List<String> confirmed,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		List<String> criteria = confirmed == null ? List.of() : confirmed;
		Complaints complaints;
		try {
			complaints = this.submissions.submit(id, criteria);
		}
		catch (StepRefused refused) {
			redirect.addFlashAttribute("refused", refused.messageKey());
			redirect.addFlashAttribute("refusedArguments", refused.arguments());
			return "redirect:/initiatieven/" + id;
		}
		if (!complaints.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return submitPage(this.store.get(id), complaints, criteria, model);
		}
		redirect.addFlashAttribute("done", "initiative.done.submitted");
		return "redirect:/initiatieven/" + id;
	}

	private String submitPage(Initiative initiative, Complaints complaints, List<String> confirmed, Model model) {
		model.addAttribute("initiative", initiative);
		model.addAttribute("rules", this.submissions.rulesFor(initiative));
		model.addAttribute("complaints", complaints);
		model.addAttribute("confirmed", confirmed);
		return "initiatives/submit";
	}

	private String form(IdeaForm form, Complaints complaints, @Nullable Initiative editing, boolean lookForSimilar,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("complaints", complaints);
		model.addAttribute("editing", editing);
		model.addAttribute("supportKinds", SupportKind.ALL);
		model.addAttribute("similar", lookForSimilar || editing != null ? this.ideas.similarTo(form, editing) : List.of());
		model.addAttribute("lookedForSimilar", lookForSimilar);
		return "initiatives/idea-form";
	}

	private void signedIn() {
		if (this.permissions.currentUser().isEmpty()) {
			throw new AccessDeniedException("Sign in to start an initiative");
		}
	}

}
