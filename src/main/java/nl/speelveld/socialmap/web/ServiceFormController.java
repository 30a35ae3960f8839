package nl.speelveld.socialmap.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.Place;
import nl.speelveld.socialmap.SocialMap;
import nl.speelveld.socialmap.editing.AreaGroup;
import nl.speelveld.socialmap.editing.Choices;
import nl.speelveld.socialmap.editing.Problems;
import nl.speelveld.socialmap.editing.ServiceEditing;
import nl.speelveld.socialmap.editing.ServiceForm;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and changing services on the social map; the checks are on {@link ServiceEditing}. */
@Controller
class ServiceFormController {

	private final ServiceEditing editing;

	private final Choices choices;

	private final SocialMap socialMap;

	ServiceFormController(ServiceEditing editing, Choices choices, SocialMap socialMap) {
		this.editing = editing;
		this.choices = choices;
		this.socialMap = socialMap;
	}

	@GetMapping("/sociale-kaart/diensten/nieuw")
	String start(@RequestParam(defaultValue = "") String organisatie, Model model) {
		this.editing.start();
		return form(model, null, ServiceForm.empty(organisatie), new Problems());
	}

	@PostMapping("/sociale-kaart/diensten/nieuw")
	String create(ServiceForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Problems problems = new Problems();
		Optional<UUID> id = this.editing.create(form, problems);
		if (id.isEmpty()) {
			response.setStatus(problems.status());
			return form(model, null, form, problems);
		}
		redirect.addFlashAttribute("done", "edit.service.created");
		return "redirect:/sociale-kaart/diensten/" + id.get() + "/bewerken";
	}

	@GetMapping("/sociale-kaart/diensten/{id}/bewerken")
	String edit(@PathVariable String id, Model model) {
		UUID service = Ids.of(id, "service");
		return form(model, service, this.editing.editable(service), new Problems());
	}

	@PostMapping("/sociale-kaart/diensten/{id}/bewerken")
	String update(@PathVariable String id, ServiceForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		UUID service = Ids.of(id, "service");
		Problems problems = new Problems();
		if (!this.editing.update(service, form, problems)) {
			response.setStatus(problems.status());
			return form(model, service, form, problems);
		}
		redirect.addFlashAttribute("done", "edit.service.saved");
		return "redirect:/sociale-kaart/diensten/" + service + "/bewerken";
	}

	private String form(Model model, @Nullable UUID id, ServiceForm form, Problems problems) {
		List<AreaCode> chosen = form.gebied().stream().flatMap(code -> AreaCode.tryParse(code).stream()).toList();
		List<AreaCode> gemeenten = this.choices.gemeenten(chosen);
		List<AreaGroup> groups = this.choices.areaGroups(gemeenten);
		Set<String> offered = new HashSet<>();
		groups.forEach(group -> offered.addAll(group.codes()));
		List<Place> places = new ArrayList<>();
		gemeenten.forEach(gemeente -> places.addAll(this.socialMap.placesIn(gemeente)));
		UUID organisation = null;
		try {
			organisation = UUID.fromString(form.organisatie());
		}
		catch (IllegalArgumentException notChosen) {
			// the form shows the list without a choice
		}
		model.addAttribute("id", id == null ? "" : id.toString());
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("organisations", this.choices.organisations(gemeenten, organisation)
			.stream()
			.filter(option -> !option.employer())
			.toList());
		model.addAttribute("groups", groups);
		model.addAttribute("typedAreas", form.typedAreas(offered));
		model.addAttribute("themes", this.choices.themes(null));
		model.addAttribute("places", places);
		return "socialmap/editing/service-form";
	}

}
