package nl.speelveld.socialmap.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.socialmap.freshness.ConfirmationLink;
import nl.speelveld.socialmap.freshness.ConfirmationLinkNotValid;
import nl.speelveld.socialmap.freshness.Confirmations;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link in a reminder: a page that lists the entries with a button, because mail scanners open links
 * and must not confirm anything; the button's form post confirms. A link that no longer works gets a
 * page that says why and what to do instead.
 */
@Controller
class ConfirmationController {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final Confirmations confirmations;

	ConfirmationController(Confirmations confirmations) {
		this.confirmations = confirmations;
	}

	@GetMapping("/sociale-kaart/bevestigen/{token}")
	String confirmPage(@PathVariable String token, Model model, HttpServletResponse response) {
		ConfirmationLink link = this.confirmations.open(token, today());
		if (!link.isOpen()) {
			return notValid(link.state(), model, response);
		}
		return form(token, link, "", model);
	}

	@PostMapping("/sociale-kaart/bevestigen/{token}")
	String confirm(@PathVariable String token, @RequestParam(name = "item", required = false) @Nullable List<String> items,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ConfirmationLink link = this.confirmations.open(token, today());
		if (!link.isOpen()) {
			return notValid(link.state(), model, response);
		}
		List<String> chosen = items == null ? List.of() : items;
		if (chosen.isEmpty() && link.hasOpenItems()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(token, link, "freshness.confirm.none-chosen", model);
		}
		try {
			int confirmed = this.confirmations.confirm(token, chosen, today());
			redirect.addFlashAttribute("confirmed", confirmed);
			return "redirect:/sociale-kaart/bevestigd";
		}
		catch (ConfirmationLinkNotValid usedMeanwhile) {
			return notValid(usedMeanwhile.state(), model, response);
		}
	}

	@GetMapping("/sociale-kaart/bevestigd")
	String confirmed(Model model) {
		if (!model.containsAttribute("confirmed")) {
			model.addAttribute("confirmed", -1);
		}
		return "socialmap/confirmed";
	}

	private static String form(String token, ConfirmationLink link, String problem, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("link", link);
		model.addAttribute("problem", problem);
		return "socialmap/confirm";
	}

	/** Gone for a used or expired link, not found for one we never made; the page explains either way. */
	private static String notValid(ConfirmationLink.State state, Model model, HttpServletResponse response) {
		response.setStatus(state == ConfirmationLink.State.UNKNOWN ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
		model.addAttribute("state", state.key());
		return "socialmap/confirm-invalid";
	}

	private static LocalDate today() {
		return LocalDate.now(AMSTERDAM);
	}

}
