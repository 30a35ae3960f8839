package nl.speelveld.accounts.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Sends a visitor to an identity provider only when the provider in the address is one of ours. Spring
 * Security's own resolver fails on any other name with an exception, a 500; here the address is simply a
 * page that does not exist, a 404.
 */
final class KnownProviders implements OAuth2AuthorizationRequestResolver {

	private static final String BASE = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
			+ "/";

	private final ClientRegistrationRepository registrations;

	private final OAuth2AuthorizationRequestResolver resolver;

	KnownProviders(ClientRegistrationRepository registrations) {
		this.registrations = registrations;
		this.resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
				OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith(BASE) && !isKnown(path.substring(BASE.length()))) {
			return null;
		}
		return this.resolver.resolve(request);
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
		return isKnown(registrationId) ? this.resolver.resolve(request, registrationId) : null;
	}

	private boolean isKnown(String registrationId) {
		return this.registrations.findByRegistrationId(registrationId) != null;
	}

}
