package nl.speelveld.shared.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that never reached a controller (refused by a security filter, or by the servlet container) are
 * forwarded here by the container.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final ErrorResponses responses;

	ErrorPageController(ErrorResponses responses) {
		this.responses = responses;
	}

	@RequestMapping("/error")
	@Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
				? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
		if (code == null) {
			// Nothing was forwarded: someone asked for /error itself, which is no page and no failure.
			status = HttpStatus.NOT_FOUND;
		}
		Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri instanceof String original ? original.substring(request.getContextPath().length())
				: "/error";
		ErrorDescription error = cause instanceof Throwable failure && !status.is4xxClientError()
				? ErrorDescription.of(failure) : ErrorDescription.forStatus(status);
		return this.responses.respond(request, response, error, cause instanceof Throwable t ? t : null, path);
	}

}
