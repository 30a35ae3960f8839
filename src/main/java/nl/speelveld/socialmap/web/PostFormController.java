package nl.speelveld.socialmap.web;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.roles.RoleType;
import nl.speelveld.socialmap.Post;
import nl.speelveld.socialmap.editing.AreaGroup;
import nl.speelveld.socialmap.editing.Choices;
import nl.speelveld.socialmap.editing.EntryFields;
import nl.speelveld.socialmap.editing.MyWork;
import nl.speelveld.socialmap.editing.PostEditing;
import nl.speelveld.socialmap.editing.PostForm;
import nl.speelveld.socialmap.editing.Problems;
import nl.speelveld.shared.web.PageContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Making and changing a post. A new post starts with its role, so that the form can show that role's
 * themes first; the checks are on {@link PostEditing}.
 */
@Controller
class PostFormController {

	private final PostEditing editing;

	private final Choices choices;

	PostFormController(PostEditing editing, Choices choices) {
		this.editing = editing;
		this.choices = choices;
	}

	@GetMapping("/sociale-kaart/posten/nieuw")
	String start(@RequestParam(required = false) @Nullable String rol, @ModelAttribute("page") PageContext page,
			Model model, RedirectAttributes redirect) {
		PostEditing.Editor editor = this.editing.editor();
		if (editor.profile() == null && !editor.forOthers()) {
			redirect.addFlashAttribute("done", "edit.post.profile-first");
			return "redirect:/account/werkprofiel";
		}
		Optional<RoleType> role = rol == null ? Optional.empty()
				: this.choices.roles().stream().filter(r -> r.code().equals(rol)).findFirst();
		if (role.isEmpty()) {
			model.addAttribute("roles", this.choices.roles());
			model.addAttribute("problem", rol == null ? "" : "edit.role.choose");
			return "socialmap/editing/post-role";
		}
		var organisations = this.choices.organisations(this.choices.gemeenten(List.of()), null);
		PostForm form = PostForm.start(role.get().code(), role.get().name(page.locale()),
				this.choices.defaultOrganisation(organisations), editor.profile() != null);
		return form(model, null, form, new Problems(), editor, false, false);
	}

	@PostMapping("/sociale-kaart/posten/nieuw")
	String create(PostForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Problems problems = new Problems();
		Optional<UUID> id = this.editing.create(form, problems);
		if (id.isEmpty()) {
			response.setStatus(problems.status());
			return form(model, null, form, problems, this.editing.editor(), false, false);
		}
		redirect.addFlashAttribute("done", "edit.post.created");
		return "redirect:/account/werk";
	}

	@GetMapping("/sociale-kaart/posten/{id}/bewerken")
	String edit(@PathVariable String id, Model model) {
		Post post = this.editing.editable(Ids.of(id, "post"));
		PostEditing.Editor editor = this.editing.editor();
		boolean self = editor.profile() != null && this.editing.heldBy(post, editor.profile().user());
		return form(model, post.id(), PostForm.of(post, self), new Problems(), editor, this.editing.mayNameHolder(post),
				MyWork.hasEnded(post));
	}

	@PostMapping("/sociale-kaart/posten/{id}/bewerken")
	String update(@PathVariable String id, PostForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		UUID post = Ids.of(id, "post");
		Problems problems = new Problems();
		if (!this.editing.update(post, form, problems)) {
			response.setStatus(problems.status());
			Post current = this.editing.editable(post);
			return form(model, post, form, problems, this.editing.editor(), this.editing.mayNameHolder(current),
					MyWork.hasEnded(current));
		}
		redirect.addFlashAttribute("done", "edit.post.saved");
		return "redirect:/sociale-kaart/posten/" + post + "/bewerken";
	}

	@PostMapping("/sociale-kaart/posten/{id}/beeindigen")
	String end(@PathVariable String id, RedirectAttributes redirect) {
		UUID post = Ids.of(id, "post");
		this.editing.end(post);
		redirect.addFlashAttribute("done", "edit.post.ended");
		return "redirect:/sociale-kaart/posten/" + post + "/bewerken";
	}

	private String form(Model model, @Nullable UUID post, PostForm form, Problems problems, PostEditing.Editor editor,
			boolean nameHolder, boolean ended) {
		List<AreaCode> chosen = form.gebied().stream().flatMap(code -> AreaCode.tryParse(code).stream()).toList();
		List<AreaCode> gemeenten = this.choices.gemeenten(chosen);
		List<AreaGroup> groups = this.choices.areaGroups(gemeenten);
		Set<String> offered = new HashSet<>();
		groups.forEach(group -> offered.addAll(group.codes()));
		UUID organisation = parse(form.organisatie());
		boolean newPost = post == null;
		model.addAttribute("view", new PostFormView(post, form, problems, this.choices.roles(),
				this.choices.organisations(gemeenten, organisation), groups, offered, this.choices.themes(form.rol()),
				EntryFields.LANGUAGES, editor.forOthers() && editor.profile() != null && newPost,
				editor.forOthers() && (newPost || nameHolder), ended));
		return "socialmap/editing/post-form";
	}

	private static @Nullable UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

}
