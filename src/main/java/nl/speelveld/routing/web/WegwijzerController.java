package nl.speelveld.routing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.areas.Area;
import nl.speelveld.roles.Roles;
import nl.speelveld.routing.Answer;
import nl.speelveld.routing.RoleMatch;
import nl.speelveld.routing.Setting;
import nl.speelveld.routing.Wegwijzer;
import nl.speelveld.routing.questions.Holders;
import nl.speelveld.shared.Problem;
import nl.speelveld.socialmap.CoveringPost;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Wie kan mij helpen? A question in the resident's own words and a postcode; the answer explains the roles
 * that fit and shows the people. The form is posted, so that the question stays out of addresses, browser
 * history and access logs, and it is not stored.
 */
@Controller
class WegwijzerController {

	private final Wegwijzer wegwijzer;

	private final Roles roles;

	private final Holders holders;

	private final MessageSource messages;

	WegwijzerController(Wegwijzer wegwijzer, Roles roles, Holders holders, MessageSource messages) {
		this.wegwijzer = wegwijzer;
		this.roles = roles;
		this.holders = holders;
		this.messages = messages;
	}

	@GetMapping("/wegwijzer")
	String form(@RequestParam(name = "gebied", required = false) @Nullable String area, Model model) {
		model.addAttribute("form", WegwijzerForm.of("", "", area));
		return "routing/wegwijzer";
	}

	@PostMapping("/wegwijzer")
	String answer(@RequestParam(name = "vraag", required = false) @Nullable String question,
			@RequestParam(required = false) @Nullable String postcode,
			@RequestParam(name = "gebied", required = false) @Nullable String area, Locale locale, Model model) {
		WegwijzerForm form = WegwijzerForm.of(question, postcode, area);
		Area place = null;
		if (form.postcode().isEmpty() && form.area().isEmpty()) {
			form = form.withPlaceProblem(text("who.postcode.empty", locale));
		}
		else {
			try {
				place = this.wegwijzer.place(form.postcode(), form.postcode().isEmpty() ? form.area() : null, null, null);
			}
			catch (Problem problem) {
				form = form.withPlaceProblem(text(problem, locale));
			}
		}
		Answer answer = null;
		try {
			if (place != null) {
				answer = this.wegwijzer.answer(form.question(), place, locale);
			}
			else {
				Wegwijzer.checked(form.question());
			}
		}
		catch (Problem problem) {
			form = form.withQuestionProblem(text(problem, locale));
		}
		model.addAttribute("form", form);
		if (answer == null || !form.valid()) {
			return "routing/wegwijzer";
		}
		model.addAttribute("place", answer.place());
		model.addAttribute("village", answer.setting() == Setting.VILLAGE);
		List<RoleAnswer> top = top(answer);
		model.addAttribute("top", top);
		model.addAttribute("receiving", receiving(top));
		model.addAttribute("others", others(answer));
		return "routing/answer";
	}

	private List<RoleAnswer> top(Answer answer) {
		List<RoleAnswer> top = new ArrayList<>();
		for (int rank = 0; rank < answer.people().size(); rank++) {
			RoleMatch match = answer.roles().get(rank);
			top.add(new RoleAnswer(rank + 1, match, this.roles.get(match.roleCode()),
					answer.peopleFor(match.roleCode()).orElse(null)));
		}
		return top;
	}

	// A question can be left only where someone reads the post's inbox; elsewhere the page gives the contact.
	private Set<UUID> receiving(List<RoleAnswer> top) {
		LocalDate today = LocalDate.now();
		Set<UUID> receiving = new HashSet<>();
		for (RoleAnswer role : top) {
			if (role.people() == null) {
				continue;
			}
			List<CoveringPost> shown = new ArrayList<>(role.people().posts());
			if (role.people().nearest() != null) {
				shown.add(role.people().nearest());
			}
			shown.stream()
				.filter(covering -> this.holders.canReceive(covering.post(), today))
				.forEach(covering -> receiving.add(covering.post().id()));
		}
		return receiving;
	}

	private List<RoleAnswer> others(Answer answer) {
		List<RoleAnswer> others = new ArrayList<>();
		for (int rank = answer.people().size(); rank < answer.roles().size(); rank++) {
			RoleMatch match = answer.roles().get(rank);
			others.add(new RoleAnswer(rank + 1, match, this.roles.get(match.roleCode()), null));
		}
		return others;
	}

	private String text(Problem problem, Locale locale) {
		return this.messages.getMessage(problem.messageKey(), problem.arguments(), locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
