package nl.speelveld.socialmap.assets.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.socialmap.assets.Gift;
import nl.speelveld.socialmap.assets.GiftForm;
import nl.speelveld.socialmap.assets.Gifts;
import nl.speelveld.socialmap.editing.Problems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Mijn gaven: a resident's own gifts and skills, to add, show to everyone or not, and withdraw. */
@Controller
class GiftController {

	private final Gifts gifts;

	private final Areas areas;

	GiftController(Gifts gifts, Areas areas) {
		this.gifts = gifts;
		this.areas = areas;
	}

	@GetMapping("/mijn-gaven")
	String mine(Model model) {
		return page(model, GiftForm.empty(), new Problems());
	}

	@PostMapping("/mijn-gaven")
	String add(GiftForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Problems problems = new Problems();
		Optional<UUID> id = this.gifts.add(form, problems);
		if (id.isEmpty()) {
			response.setStatus(problems.status());
			return page(model, form, problems);
		}
		redirect.addFlashAttribute("done", form.wantsPublic() ? "gift.added.public" : "gift.added");
		return "redirect:/mijn-gaven";
	}

	@PostMapping("/mijn-gaven/{id}/zichtbaarheid")
	String visibility(@PathVariable String id, @RequestParam(name = "zichtbaar", defaultValue = "") String visible,
			RedirectAttributes redirect) {
		boolean toEveryone = Gift.PUBLIC.equals(visible);
		this.gifts.show(Codes.id(id, "gift"), toEveryone);
		redirect.addFlashAttribute("done", toEveryone ? "gift.shown.public" : "gift.shown.professionals");
		return "redirect:/mijn-gaven";
	}

	@PostMapping("/mijn-gaven/{id}/intrekken")
	String withdraw(@PathVariable String id, RedirectAttributes redirect) {
		this.gifts.withdraw(Codes.id(id, "gift"));
		redirect.addFlashAttribute("done", "gift.withdrawn");
		return "redirect:/mijn-gaven";
	}

	private String page(Model model, GiftForm form, Problems problems) {
		List<Gift> mine = this.gifts.mine();
		Map<String, String> names = mine.stream()
			.map(Gift::area)
			.distinct()
			.collect(Collectors.toMap(AreaCode::value, this::name, (a, b) -> a));
		model.addAttribute("gifts", mine);
		model.addAttribute("areaNames", names);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("kinds", Gift.KINDS);
		return "socialmap/assets/my-gifts";
	}

	private String name(AreaCode code) {
		return this.areas.summary(code).map(AreaSummary::name).orElse(code.value());
	}

}
