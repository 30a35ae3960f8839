package nl.speelveld.accounts.web;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.speelveld.accounts.users.Invitation;
import nl.speelveld.accounts.users.InvitationAcceptance;
import nl.speelveld.accounts.users.InvitationNotValid;
import nl.speelveld.accounts.users.PasswordPolicy;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Taking up an invitation: choose a name and a password, then sign in with them. */
@Controller
class InvitationController {

	private final InvitationAcceptance acceptance;

	private final PasswordPolicy policy;

	InvitationController(InvitationAcceptance acceptance, PasswordPolicy policy) {
		this.acceptance = acceptance;
		this.policy = policy;
	}

	@GetMapping("/uitnodiging/{token}")
	String invitation(@PathVariable String token, Model model) {
		Invitation invitation = this.acceptance.open(token).orElseThrow(InvitationNotValid::new);
		return form(model, token, invitation, "", Map.of());
	}

	@PostMapping("/uitnodiging/{token}")
	String accept(@PathVariable String token, @RequestParam(defaultValue = "") String naam,
			@RequestParam(defaultValue = "") String wachtwoord, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		Invitation invitation = this.acceptance.open(token).orElseThrow(InvitationNotValid::new);
		Map<String, String> problems = new LinkedHashMap<>();
		if (naam.isBlank() || naam.strip().length() > 100) {
			problems.put("naam", "invitation.name-missing");
		}
		this.policy.check(wachtwoord, invitation.email(), naam).ifPresent(problem -> problems.put("wachtwoord", problem));
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, token, invitation, naam, problems);
		}
		this.acceptance.accept(token, naam.strip(), wachtwoord);
		return "redirect:/inloggen?melding=uitnodiging";
	}

	private static String form(Model model, String token, Invitation invitation, String name,
			Map<String, String> problems) {
		model.addAttribute("token", token);
		model.addAttribute("invitation", invitation);
		model.addAttribute("name", name);
		model.addAttribute("problems", problems);
		model.addAttribute("minimumLength", PasswordPolicy.MINIMUM_LENGTH);
		return "accounts/invitation";
	}

}
