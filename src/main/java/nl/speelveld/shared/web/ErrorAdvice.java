package nl.speelveld.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Every exception that escapes a handler ends here, pages and API alike. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorAdvice {

	private final ErrorResponses responses;

	ErrorAdvice(ErrorResponses responses) {
		this.responses = responses;
	}

	/** Left to Spring Security: it asks anonymous visitors to sign in and refuses the others with 403. */
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void leaveToSecurity(Exception refusal) throws Exception {
		throw refusal;
	}

	@ExceptionHandler(Exception.class)
	@Nullable ModelAndView handle(Exception failure, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return this.responses.respond(request, response, ErrorDescription.of(failure), failure, path);
	}

}
