package nl.speelveld.socialmap.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.PlaceKind;
import nl.speelveld.socialmap.editing.Choices;
import nl.speelveld.socialmap.editing.OrganisationOption;
import nl.speelveld.socialmap.editing.PlaceEditing;
import nl.speelveld.socialmap.editing.PlaceForm;
import nl.speelveld.socialmap.editing.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and changing places on the social map; the checks are on {@link PlaceEditing}. */
@Controller
class PlaceFormController {

	private final PlaceEditing editing;

	private final Choices choices;

	PlaceFormController(PlaceEditing editing, Choices choices) {
		this.editing = editing;
		this.choices = choices;
	}

	@GetMapping("/sociale-kaart/plekken/nieuw")
	String start(Model model) {
		this.editing.start();
		return form(model, null, PlaceForm.empty(), new Problems());
	}

	@PostMapping("/sociale-kaart/plekken/nieuw")
	String create(PlaceForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Problems problems = new Problems();
		Optional<UUID> id = this.editing.create(form, problems);
		if (id.isEmpty()) {
			response.setStatus(problems.status());
			return form(model, null, form, problems);
		}
		redirect.addFlashAttribute("done", "edit.place.created");
		return "redirect:/sociale-kaart/plekken/" + id.get() + "/bewerken";
	}

	@GetMapping("/sociale-kaart/plekken/{id}/bewerken")
	String edit(@PathVariable String id, Model model) {
		var place = this.editing.editable(Ids.of(id, "place"));
		return form(model, place.id(), PlaceForm.of(place), new Problems());
	}

	@PostMapping("/sociale-kaart/plekken/{id}/bewerken")
	String update(@PathVariable String id, PlaceForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		UUID place = Ids.of(id, "place");
		Problems problems = new Problems();
		if (!this.editing.update(place, form, problems)) {
			response.setStatus(problems.status());
			return form(model, place, form, problems);
		}
		redirect.addFlashAttribute("done", "edit.place.saved");
		return "redirect:/sociale-kaart/plekken/" + place + "/bewerken";
	}

	private String form(Model model, @Nullable UUID id, PlaceForm form, Problems problems) {
		List<AreaCode> area = AreaCode.tryParse(form.gebied()).stream().toList();
		List<OrganisationOption> organisations = this.choices
			.organisations(this.choices.gemeenten(area), parse(form.organisatie()))
			.stream()
			.filter(option -> !option.employer())
			.toList();
		model.addAttribute("id", id == null ? "" : id.toString());
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("kinds", PlaceKind.ALL);
		model.addAttribute("organisations", organisations);
		return "socialmap/editing/place-form";
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
