package nl.speelveld.accounts.signin;

import java.util.function.Supplier;

import nl.speelveld.accounts.users.AccessRules;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/** The administration pages are for administrators and coordinators, as their grants say right now. */
@Component
class AccessRulesAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

	private final AccessRules access;

	AccessRulesAuthorization(AccessRules access) {
		this.access = access;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext request) {
		Authentication who = authentication.get();
		boolean signedIn = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
		return new AuthorizationDecision(signedIn && this.access.canEnterAdministration());
	}

}
