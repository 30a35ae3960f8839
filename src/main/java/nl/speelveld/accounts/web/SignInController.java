package nl.speelveld.accounts.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The sign-in pages. Spring Security handles the posts (password, sign-in link, provider); these pages
 * ask, explain and confirm. A sign-in link opens a page with a button rather than signing in at once, so
 * that a mail scanner that follows links does not use up the link.
 */
@Controller
class SignInController {

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	SignInController(ObjectProvider<ClientRegistrationRepository> registrations) {
		this.registrations = registrations;
	}

	@GetMapping("/inloggen")
	String signIn(@RequestParam(required = false) @Nullable String melding, Model model) {
		model.addAttribute("email", "");
		model.addAttribute("notice", SignInNotice.of(melding));
		model.addAttribute("emailProblem", "");
		model.addAttribute("providers", providers());
		return "accounts/sign-in";
	}

	/** Reached only when the address was not usable: a usable one was answered by Spring Security already. */
	@PostMapping("/inloggen/link")
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String linkForInvalidAddress(@RequestParam(required = false) @Nullable String email, Model model) {
		model.addAttribute("email", email == null ? "" : email);
		model.addAttribute("notice", SignInNotice.of(null));
		model.addAttribute("emailProblem", "signin.email-invalid");
		model.addAttribute("providers", providers());
		return "accounts/sign-in";
	}

	@GetMapping("/inloggen/link-verstuurd")
	String linkSent() {
		return "accounts/link-sent";
	}

	@GetMapping("/inloggen/link")
	String confirmLink(@RequestParam(required = false) @Nullable String token, Model model) {
		model.addAttribute("token", token == null ? "" : token);
		return "accounts/link-confirm";
	}

	private List<IdentityProvider> providers() {
		List<IdentityProvider> providers = new ArrayList<>();
		if (this.registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object registration : all) {
				var client = (ClientRegistration) registration;
				providers.add(new IdentityProvider(client.getRegistrationId(), client.getClientName()));
			}
		}
		return providers;
	}

}
