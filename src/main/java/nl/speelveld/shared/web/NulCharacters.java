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
 * Refuses with 400 a request whose form fields or query parameters hold a NUL character. No person types
 * one, and PostgreSQL cannot store or even compare it in text: left through, it failed deep in a query
 * (sign-in links, searches, invitations) as a 500. Runs before Spring Security, whose filters query the
 * database with parameters too. Uploads are left to the controllers, which read their files themselves.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulCharacters extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		boolean upload = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
		if (!upload && holdsNul(request.getParameterMap())) {
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
