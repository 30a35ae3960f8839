package nl.speelveld.socialmap.assets.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.Place;
import nl.speelveld.socialmap.SocialMap;
import nl.speelveld.socialmap.SocialMapEntryNotFound;
import nl.speelveld.socialmap.assets.ActivityEditing;
import nl.speelveld.socialmap.assets.ActivityForm;
import nl.speelveld.socialmap.editing.Choices;
import nl.speelveld.socialmap.editing.OrganisationOption;
import nl.speelveld.socialmap.editing.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding and changing activities; the checks are on {@link ActivityEditing}. The places to choose from are
 * those of the area the activity lies in, which the form is opened with (from a place or an area's page).
 */
@Controller
class ActivityFormController {

	private final ActivityEditing editing;

	private final Choices choices;

	private final SocialMap socialMap;

	ActivityFormController(ActivityEditing editing, Choices choices, SocialMap socialMap) {
		this.editing = editing;
		this.choices = choices;
		this.socialMap = socialMap;
	}

	@GetMapping("/sociale-kaart/activiteiten/nieuw")
	String start(@RequestParam(name = "plek", defaultValue = "") String place,
			@RequestParam(name = "gebied", defaultValue = "") String area, Model model) {
		this.editing.start();
		String chosenArea = area;
		String chosenPlace = "";
		Optional<Place> at = place(place);
		if (at.isPresent()) {
			chosenPlace = at.get().id().toString();
			chosenArea = at.get().area() == null ? area : at.get().area().value();
		}
		return form(model, null, ActivityForm.at(chosenPlace, AreaCode.tryParse(chosenArea).map(AreaCode::value).orElse("")),
				new Problems());
	}

	@PostMapping("/sociale-kaart/activiteiten/nieuw")
	String create(ActivityForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Problems problems = new Problems();
		Optional<UUID> id = this.editing.create(form, problems);
		if (id.isEmpty()) {
			response.setStatus(problems.status());
			return form(model, null, form, problems);
		}
		redirect.addFlashAttribute("done", "activity.edit.created");
		return "redirect:/sociale-kaart/activiteiten/" + id.get() + "/bewerken";
	}

	@GetMapping("/sociale-kaart/activiteiten/{id}/bewerken")
	String edit(@PathVariable String id, Model model) {
		var activity = this.editing.editable(Codes.id(id, "activity"));
		return form(model, activity.id(), ActivityForm.of(activity), new Problems());
	}

	@PostMapping("/sociale-kaart/activiteiten/{id}/bewerken")
	String update(@PathVariable String id, ActivityForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		UUID activity = Codes.id(id, "activity");
		Problems problems = new Problems();
		if (!this.editing.update(activity, form, problems)) {
			response.setStatus(problems.status());
			return form(model, activity, form, problems);
		}
		redirect.addFlashAttribute("done", "activity.edit.saved");
		return "redirect:/sociale-kaart/activiteiten/" + activity + "/bewerken";
	}

	private String form(Model model, @Nullable UUID id, ActivityForm form, Problems problems) {
		List<AreaCode> area = AreaCode.tryParse(form.gebied()).stream().toList();
		List<OrganisationOption> organisations = this.choices
			.organisations(this.choices.gemeenten(area), parse(form.organisatie()))
			.stream()
			.toList();
		List<Place> places = new ArrayList<>();
		area.forEach(code -> places.addAll(this.socialMap.placesIn(code)));
		place(form.plek()).filter(chosen -> places.stream().noneMatch(p -> p.id().equals(chosen.id())))
			.ifPresent(chosen -> places.add(0, chosen));
		model.addAttribute("id", id == null ? "" : id.toString());
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("places", places);
		model.addAttribute("organisations", organisations);
		return "socialmap/assets/activity-form";
	}

	private Optional<Place> place(String id) {
		UUID parsed = parse(id);
		if (parsed == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.socialMap.place(parsed));
		}
		catch (SocialMapEntryNotFound gone) {
			return Optional.empty();
		}
	}

	private static @Nullable UUID parse(String id) {
		try {
			return UUID.fromString(id.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

}
