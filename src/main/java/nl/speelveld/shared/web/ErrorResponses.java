package nl.speelveld.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Renders an error the way the caller can read it: RFC 9457 problem+json for the API, a friendly page in
 * the visitor's language otherwise. Never a stack trace; unexpected failures are logged with a reference
 * that the page shows, so a support desk can find the log line.
 */
@Component
class ErrorResponses {

	private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

	private final MessageSource messages;

	private final PageContexts pages;

	private final JsonMapper json;

	ErrorResponses(MessageSource messages, PageContexts pages, JsonMapper json) {
		this.messages = messages;
		this.pages = pages;
		this.json = json;
	}

	/** Writes problem+json and returns null, or returns the error page to render. */
	@Nullable ModelAndView respond(HttpServletRequest request, HttpServletResponse response,
			ErrorDescription error, @Nullable Throwable cause, String path) throws IOException {
		String reference = null;
		if (error.status() == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
			log.warn("The database cannot be reached on {}: {}", path, String.valueOf(cause));
		}
		else if (error.status().is5xxServerError()) {
			reference = Long.toHexString(System.nanoTime());
			log.error("Unexpected failure on {} (reference {})", path, reference, cause);
		}
		Locale locale = RequestContextUtils.getLocale(request);
		String detail = this.messages.getMessage(error.messageKey(), error.arguments(), locale);
		if (isApi(path)) {
			writeProblem(response, error, detail, path, reference, locale);
			return null;
		}
		var page = new ModelAndView("shared/error", Map.of("page", this.pages.forRequest(request), "status",
				error.status().value(), "title", this.messages.getMessage(error.titleKey(), null, locale), "detail",
				detail, "reference", reference == null ? "" : reference));
		page.setStatus(error.status());
		return page;
	}

	private void writeProblem(HttpServletResponse response, ErrorDescription error, String detail, String path,
			@Nullable String reference, Locale locale) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(error.status(), detail);
		problem.setTitle(this.messages.getMessage("problem.title." + error.status().value(), null, locale));
		problem.setInstance(URI.create(path));
		if (reference != null) {
			problem.setProperty("reference", reference);
		}
		response.setStatus(error.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Language", locale.getLanguage());
		this.json.writeValue(response.getOutputStream(), problem);
	}

	static boolean isApi(String path) {
		return path.startsWith("/api/") || path.startsWith("/v3/api-docs");
	}

}
