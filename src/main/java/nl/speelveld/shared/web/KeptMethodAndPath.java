package nl.speelveld.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Hands Spring MVC a request that knows its own method and parsed path. For a path with variables
 * (/gebied/{code}/...) MVC tries every request mapping whose words fit the path (see LiteralSegmentMappings)
 * and asks for both once for each, and every ask went down through each wrapper the
 * filters before it had added (security, sessions): with all mappings tried, a fifth of the processor time of
 * who works here under load. The method of a request does not change, and
 * the parsed path is set and read by MVC through this request, so both are answered here. Last of the filters,
 * so that it wraps all the others' wrappers.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class KeptMethodAndPath extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Kept(request), response);
	}

	private static final class Kept extends HttpServletRequestWrapper {

		private static final String PATH = ServletRequestPathUtils.PATH_ATTRIBUTE;

		private final String method;

		private boolean pathKnown;

		private @Nullable Object path;

		Kept(HttpServletRequest request) {
			super(request);
			this.method = request.getMethod();
		}

		@Override
		public String getMethod() {
			return this.method;
		}

		@Override
		public @Nullable Object getAttribute(String name) {
			if (!PATH.equals(name)) {
				return super.getAttribute(name);
			}
			if (!this.pathKnown) {
				this.path = super.getAttribute(name);
				this.pathKnown = true;
			}
			return this.path;
		}

		@Override
		public void setAttribute(String name, @Nullable Object value) {
			super.setAttribute(name, value);
			if (PATH.equals(name)) {
				this.path = value;
				this.pathKnown = true;
			}
		}

		@Override
		public void removeAttribute(String name) {
			super.removeAttribute(name);
			if (PATH.equals(name)) {
				this.path = null;
				this.pathKnown = true;
			}
		}

	}

}
