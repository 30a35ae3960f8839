package nl.speelveld.socialmap.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.socialmap.editing.Problems;
import nl.speelveld.socialmap.editing.WorkProfileForm;
import nl.speelveld.socialmap.editing.WorkProfiles;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Mijn werk: a professional's work profile and posts on the social map, with the ways to change them. */
@Controller
class WorkController {

	private final WorkProfiles profiles;

	private final PostCards cards;

	WorkController(WorkProfiles profiles, PostCards cards) {
		this.profiles = profiles;
		this.cards = cards;
	}

	@GetMapping("/account/werk")
	String work(Model model) {
		var work = this.profiles.work();
		model.addAttribute("work", work);
		model.addAttribute("areaNames", work.posts().stream()
			.flatMap(post -> post.areas().stream())
			.distinct()
			.collect(java.util.stream.Collectors.toMap(code -> code.value(), this.cards::name)));
		return "socialmap/editing/work";
	}

	@GetMapping("/account/werkprofiel")
	String profile(Model model) {
		WorkProfileForm form = this.profiles.mine()
			.map(WorkProfileForm::of)
			.orElseGet(() -> new WorkProfileForm(this.profiles.suggestedName(), ""));
		return form(model, form, new Problems(), this.profiles.mine().isEmpty());
	}

	@PostMapping("/account/werkprofiel")
	String save(WorkProfileForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		boolean isNew = this.profiles.mine().isEmpty();
		Problems problems = new Problems();
		if (!this.profiles.save(form, problems)) {
			response.setStatus(problems.status());
			return form(model, form, problems, isNew);
		}
		redirect.addFlashAttribute("done", isNew ? "work.profile.created" : "work.profile.saved");
		return "redirect:/account/werk";
	}

	private static String form(Model model, WorkProfileForm form, Problems problems, boolean isNew) {
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("isNew", isNew);
		return "socialmap/editing/work-profile";
	}

}
