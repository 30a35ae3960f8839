package testsupport.idp;

import testsupport.idp.TestIdentityProvider.Person;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The test identity provider: Boot's setup of Spring Authorization Server (OpenID Connect endpoints, a
 * login form, a generated signing key) with one client, Speelveld, and the people tests add. It imports
 * only the auto-configurations it needs rather than all on the classpath, so it starts no database, no
 * Flyway, no sessions in PostgreSQL, and ignores SPRING_DATASOURCE_URL when CI sets it for Speelveld.
 * Lives outside nl.speelveld so that Speelveld's component scan does not find it.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
		OAuth2AuthorizationServerAutoConfiguration.class, OAuth2AuthorizationServerJwtAutoConfiguration.class })
class IdentityProviderConfiguration {

	@Bean
	RegisteredClientRepository clients() {
		return new InMemoryRegisteredClientRepository(RegisteredClient.withId(TestIdentityProvider.CLIENT_ID)
			.clientId(TestIdentityProvider.CLIENT_ID)
			.clientSecret("{noop}" + TestIdentityProvider.CLIENT_SECRET)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			// A redirect URI on 127.0.0.1 matches on any port (RFC 8252, section 7.3), so Speelveld's random
			// port needs no registration; browsers must therefore reach Speelveld on 127.0.0.1.
			.redirectUri("http://127.0.0.1/login/oauth2/code/" + TestIdentityProvider.REGISTRATION_ID)
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.EMAIL)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
			.build());
	}

	@Bean
	People people() {
		return new People();
	}

	/** The ID token carries who signed in; the userinfo endpoint answers from it, per granted scope. */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> personClaims(People people) {
		return context -> {
			if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				Person person = people.get(context.getPrincipal().getName());
				context.getClaims()
					.claim(StandardClaimNames.NAME, person.name())
					.claim(StandardClaimNames.EMAIL, person.email())
					.claim(StandardClaimNames.EMAIL_VERIFIED, person.emailVerified());
			}
		};
	}

}
