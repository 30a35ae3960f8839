package nl.speelveld.shared.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400 a sign-in request (the pages under {@code /inloggen}) whose fields hold a NUL character.
 * No person types one, and PostgreSQL cannot store or even compare it in text. Sign-in is handled inside
 * Spring Security's filters, which query the database with the fields before any controller could check
 * them; everywhere else forms say so next to the field, and a NUL that reaches a query anyway is a 400 with
 * an explanation (see {@link ErrorDescription}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulCharacters extends OncePerRequestFilter {

	private static final String SIGN_IN = "/inloggen";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith(SIGN_IN) && holdsNul(request.getParameterMap())) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean holdsNul(Map<String, String[]> parameters) {
		for (var parameter : parameters.entrySet()) {
			if (parameter.getKey().indexOf('\0') >= 0) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\0') >= 0) {
					return true;
				}
			}
		}
		return false;
	}

}
