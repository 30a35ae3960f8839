package nl.speelveld.participation.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A tally body over the limit is answered 413, and a tally while too many others run 503: the shared error
 * handling has no text for either. Problem+json in the caller's language, like every other API error.
 */
@RestControllerAdvice(assignableTypes = BudgetingApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BudgetingApiAdvice {

	private final MessageSource messages;

	BudgetingApiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(BudgetingApiController.TallyTooLarge.class)
	ResponseEntity<ProblemDetail> tooLarge(BudgetingApiController.TallyTooLarge tooLarge, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, this.messages
			.getMessage("budgeting.tally.too-large", new Object[] { String.valueOf(tooLarge.maxBytes() / 1_000_000) }, locale));
		problem.setTitle(this.messages.getMessage("budgeting.tally.too-large.title", null, locale));
		problem.setInstance(URI.create("/api/v1/budgeting/tally"));
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(BudgetingApiController.TallyBusy.class)
	ResponseEntity<ProblemDetail> busy(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				this.messages.getMessage("budgeting.tally.busy", null, locale));
		problem.setTitle(this.messages.getMessage("budgeting.tally.busy.title", null, locale));
		problem.setInstance(URI.create("/api/v1/budgeting/tally"));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
