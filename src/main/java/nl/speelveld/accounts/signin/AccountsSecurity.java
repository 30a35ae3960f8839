package nl.speelveld.accounts.signin;

import java.time.Duration;

import javax.sql.DataSource;

import nl.speelveld.accounts.audit.AuditLog;
import nl.speelveld.accounts.users.UserAccounts;
import nl.speelveld.shared.ratelimit.RateLimiter;
import nl.speelveld.shared.security.ContentSecurityPolicy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * How people sign in and what every response carries. Residents sign in with an e-mail link;
 * professionals also with a password or an OpenID Connect provider. Pages need a sign-in only where they
 * show or change someone's data; what a signed-in person may do is decided by method security on the
 * services. CSRF tokens live in a cookie and sessions in PostgreSQL, so any app node serves any request.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
@EnableConfigurationProperties(RateLimits.class)
class AccountsSecurity {

	@Bean
	OneTimeTokenService oneTimeTokens(DataSource dataSource) {
		return new JdbcOneTimeTokenService(new JdbcTemplate(dataSource));
	}

	/**
	 * Nothing reads observations of each security filter. Switched off by name they still wrapped every filter
	 * of every request in an observation doing nothing, a tenth of the processor time of a voter's request.
	 */
	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	Throttle throttle(RateLimiter limiter, RateLimits limits) {
		return new Throttle(limiter, limits);
	}

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, SignInLinks links, OneTimeTokenService oneTimeTokens,
			OidcAccounts oidc, ObjectProvider<ClientRegistrationRepository> providers, Throttle throttle,
			UserAccounts users, AuditLog audit, AccessRulesAuthorization administration,
			@Value("${speelveld.map.tile-url:}") String tileUrl,
			@Value("${speelveld.security.hsts-max-age:P365D}") Duration hsts) throws Exception {
		var outcomes = new SignInOutcomes(users, audit, throttle);
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.denyAll()
			.requestMatchers("/account", "/account/**")
			.authenticated()
			.requestMatchers("/beheer/moderatie", "/beheer/moderatie/**")
			// Moderators are no administrators: the moderation pages themselves check who moderates where.
			.authenticated()
			.requestMatchers("/beheer", "/beheer/**")
			.access(administration)
			.anyRequest()
			.permitAll());
		http.formLogin(form -> form.loginPage("/inloggen")
			.loginProcessingUrl(Throttle.PASSWORD_SIGN_IN)
			.usernameParameter("email")
			.passwordParameter("wachtwoord")
			.successHandler(outcomes.succeeded("password"))
			.failureHandler(outcomes.passwordFailed()));
		http.oneTimeTokenLogin(link -> link.tokenService(oneTimeTokens)
			.tokenGeneratingUrl(Throttle.SIGN_IN_LINK)
			.generateRequestResolver(links)
			.tokenGenerationSuccessHandler(links)
			.showDefaultSubmitPage(false)
			.loginPage("/inloggen")
			.loginProcessingUrl("/inloggen/link/bevestigen")
			.successHandler(outcomes.succeeded("link"))
			.failureHandler(outcomes.failed("link")));
		ClientRegistrationRepository registrations = providers.getIfAvailable();
		if (registrations != null) {
			http.oauth2Login(login -> login.loginPage("/inloggen")
				.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(new KnownProviders(registrations)))
				.userInfoEndpoint(endpoint -> endpoint.oidcUserService(oidc))
				.successHandler(outcomes.succeeded("oidc"))
				.failureHandler(outcomes.failed("oidc")));
		}
		http.logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/inloggen?melding=uitgelogd"));
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.exceptionHandling(errors -> errors
			.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
					PathPatternRequestMatcher.pathPattern("/api/**"))
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/inloggen"),
					PathPatternRequestMatcher.pathPattern("/**")));
		http.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
			.ignoringRequestMatchers(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, ReadsByPost.ROUTING_API),
					PathPatternRequestMatcher.pathPattern(HttpMethod.POST, ReadsByPost.BUDGETING_TALLY_API)));
		http.addFilterAfter(throttle, CsrfFilter.class);
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.forTiles(tileUrl)))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(frames -> frames.deny())
			.httpStrictTransportSecurity(transport -> transport.maxAgeInSeconds(hsts.toSeconds()).includeSubDomains(true)));
		return http.build();
	}

}
