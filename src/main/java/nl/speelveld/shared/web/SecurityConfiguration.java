package nl.speelveld.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Secure defaults for every page: CSRF protection (kept in a cookie so that app nodes need no shared
 * session for it), a strict content security policy (all scripts and styles come from the app itself, so
 * nothing loads from a CDN), and no actuator endpoint open except health. Only in a web application: a
 * command-line import starts without a web server, and then there is no HttpSecurity to configure.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, @Value("${speelveld.map.tile-url:}") String tileUrl)
			throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.denyAll()
			.anyRequest()
			.permitAll())
			.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.forTiles(tileUrl)))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frames -> frames.deny()));
		return http.build();
	}

}
