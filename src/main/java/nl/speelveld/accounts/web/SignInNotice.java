package nl.speelveld.accounts.web;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What the sign-in page says after a redirect: an outcome such as a wrong password or a sign-out. */
public record SignInNotice(String key, boolean isProblem) {

	private static final Set<String> KNOWN = Set.of("wachtwoord", "link", "oidc", "uitgelogd", "overal", "verwijderd",
			"uitnodiging");

	private static final Set<String> PROBLEMS = Set.of("wachtwoord", "link", "oidc");

	static SignInNotice of(@Nullable String melding) {
		return melding != null && KNOWN.contains(melding)
				? new SignInNotice("signin.notice." + melding, PROBLEMS.contains(melding)) : new SignInNotice("", false);
	}

}
