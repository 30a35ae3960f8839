package nl.speelveld.accounts.signin;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.UserId;
import nl.speelveld.accounts.audit.AuditLog;
import nl.speelveld.accounts.users.SignedIn;
import nl.speelveld.accounts.users.UserAccounts;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * What happens after a sign-in attempt, by each way of signing in: the audit log hears of it, wrong
 * passwords count towards the throttle, and the session remembers when the person signed in (for
 * changes that need a recent sign-in, such as setting a password).
 */
final class SignInOutcomes {

	private final UserAccounts users;

	private final AuditLog audit;

	private final Throttle throttle;

	SignInOutcomes(UserAccounts users, AuditLog audit, Throttle throttle) {
		this.users = users;
		this.audit = audit;
		this.throttle = throttle;
	}

	SavedRequestAwareAuthenticationSuccessHandler succeeded(String method) {
		var handler = new SavedRequestAwareAuthenticationSuccessHandler() {

			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws ServletException, IOException {
				UserId user = UserId.parse(authentication.getName());
				if (!method.equals("oidc")) {
					SignInOutcomes.this.users.signedIn(user, method.equals("link"));
				}
				if (method.equals("password")) {
					SignInOutcomes.this.throttle.rightPassword(request.getRemoteAddr(), email(request));
				}
				request.getSession().setAttribute(SignedIn.SIGNED_IN_AT, Instant.now());
				SignInOutcomes.this.audit.record(user, "signed-in", "user", user, Map.of("method", method));
				super.onAuthenticationSuccess(request, response, authentication);
			}

		};
		handler.setDefaultTargetUrl("/account");
		return handler;
	}

	SimpleUrlAuthenticationFailureHandler passwordFailed() {
		return new SimpleUrlAuthenticationFailureHandler("/inloggen?melding=wachtwoord") {

			@Override
			public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
					AuthenticationException exception) throws IOException, ServletException {
				String email = email(request);
				SignInOutcomes.this.throttle.wrongPassword(request.getRemoteAddr(), email);
				SignInOutcomes.this.users.byEmail(email)
					.ifPresent(account -> SignInOutcomes.this.audit.record(null, "sign-in-failed", "user", account.id(),
							Map.of("method", "password")));
				super.onAuthenticationFailure(request, response, exception);
			}

		};
	}

	SimpleUrlAuthenticationFailureHandler failed(String reason) {
		return new SimpleUrlAuthenticationFailureHandler("/inloggen?melding=" + reason);
	}

	private static String email(HttpServletRequest request) {
		String email = request.getParameter("email");
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

}
