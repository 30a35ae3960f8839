package nl.speelveld.socialmap.web;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.editing.AreaGroup;
import nl.speelveld.socialmap.editing.Choices;
import nl.speelveld.socialmap.editing.OrganisationEditing;
import nl.speelveld.socialmap.editing.OrganisationEntryForm;
import nl.speelveld.socialmap.editing.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and changing organisations on the social map; the checks are on {@link OrganisationEditing}. */
@Controller
class OrganisationFormController {

	private final OrganisationEditing editing;

	private final Choices choices;

	OrganisationFormController(OrganisationEditing editing, Choices choices) {
		this.editing = editing;
		this.choices = choices;
	}

	@GetMapping("/sociale-kaart/organisaties/nieuw")
	String start(Model model) {
		this.editing.start();
		return form(model, null, OrganisationEntryForm.empty(), new Problems());
	}

	@PostMapping("/sociale-kaart/organisaties/nieuw")
	String create(OrganisationEntryForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Problems problems = new Problems();
		Optional<UUID> id = this.editing.create(form, problems);
		if (id.isEmpty()) {
			response.setStatus(problems.status());
			return form(model, null, form, problems);
		}
		redirect.addFlashAttribute("done", "edit.organisation.created");
		return "redirect:/sociale-kaart/organisaties/" + id.get() + "/bewerken";
	}

	@GetMapping("/sociale-kaart/organisaties/{id}/bewerken")
	String edit(@PathVariable String id, Model model) {
		var organisation = this.editing.editable(Ids.of(id, "organisation"));
		return form(model, organisation.id(), OrganisationEntryForm.of(organisation), new Problems());
	}

	@PostMapping("/sociale-kaart/organisaties/{id}/bewerken")
	String update(@PathVariable String id, OrganisationEntryForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		UUID organisation = Ids.of(id, "organisation");
		Problems problems = new Problems();
		if (!this.editing.update(organisation, form, problems)) {
			response.setStatus(problems.status());
			return form(model, organisation, form, problems);
		}
		redirect.addFlashAttribute("done", "edit.organisation.saved");
		return "redirect:/sociale-kaart/organisaties/" + organisation + "/bewerken";
	}

	private String form(Model model, @Nullable UUID id, OrganisationEntryForm form, Problems problems) {
		List<AreaCode> chosen = form.gebied().stream().flatMap(code -> AreaCode.tryParse(code).stream()).toList();
		List<AreaGroup> groups = this.choices.areaGroups(this.choices.gemeenten(chosen));
		Set<String> offered = new HashSet<>();
		groups.forEach(group -> offered.addAll(group.codes()));
		model.addAttribute("id", id == null ? "" : id.toString());
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("types", List.of(OrganisationType.values()));
		model.addAttribute("groups", groups);
		model.addAttribute("typedAreas", form.typedAreas(offered));
		return "socialmap/editing/organisation-form";
	}

}
