package nl.speelveld.shared.web;

import jakarta.validation.ConstraintViolationException;
import nl.speelveld.shared.Problem;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What went wrong, as a status and a message key with arguments: the same for the error page and for
 * problem+json, so both say the same thing in the user's language.
 */
record ErrorDescription(HttpStatus status, String messageKey, Object[] arguments) {

	static ErrorDescription of(Throwable failure) {
		if (failure instanceof Problem problem) {
			return new ErrorDescription(statusOf(problem.kind()), problem.messageKey(), problem.arguments());
		}
		if (failure instanceof TypeMismatchException mismatch) {
			return new ErrorDescription(HttpStatus.BAD_REQUEST, "error.bad-parameter",
					new Object[] { mismatch.getPropertyName(), shown(mismatch.getValue()) });
		}
		if (failure instanceof MissingServletRequestParameterException missing) {
			return new ErrorDescription(HttpStatus.BAD_REQUEST, "error.missing-parameter",
					new Object[] { missing.getParameterName() });
		}
		if (failure instanceof HandlerMethodValidationException || failure instanceof ConstraintViolationException
				|| failure instanceof ServletRequestBindingException
				|| failure instanceof HttpMessageNotReadableException || failure instanceof RequestRejectedException) {
			return forStatus(HttpStatus.BAD_REQUEST);
		}
		if (failure instanceof NoResourceFoundException) {
			return forStatus(HttpStatus.NOT_FOUND);
		}
		if (failure instanceof HttpRequestMethodNotSupportedException) {
			return forStatus(HttpStatus.METHOD_NOT_ALLOWED);
		}
		if (failure instanceof HttpMediaTypeNotAcceptableException) {
			return forStatus(HttpStatus.NOT_ACCEPTABLE);
		}
		if (failure instanceof HttpMediaTypeNotSupportedException) {
			return forStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		}
		if (isTooLarge(failure)) {
			return new ErrorDescription(HttpStatus.BAD_REQUEST, "error.too-large", new Object[0]);
		}
		if (isInvisibleCharacter(failure)) {
			return new ErrorDescription(HttpStatus.BAD_REQUEST, "error.invisible-character", new Object[0]);
		}
		if (DatabaseUnavailable.isCause(failure)) {
			return new ErrorDescription(HttpStatus.SERVICE_UNAVAILABLE, "error.503", new Object[0]);
		}
		return forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	/**
	 * An upload over the multipart limits: Spring says so, or the servlet container does while a filter
	 * (CSRF) reads the form's fields, before any controller could.
	 */
	private static boolean isTooLarge(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof MaxUploadSizeExceededException || cause.getClass().getSimpleName().endsWith("SizeLimitExceededException")) {
				return true;
			}
		}
		return false;
	}

	/** The value as the visitor sent it: a field sent twice arrives as an array, shown as its values joined. */
	private static String shown(@Nullable Object value) {
		if (value instanceof Object[] values) {
			return java.util.Arrays.stream(values).map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
		}
		return String.valueOf(value);
	}

	/**
	 * Text with a character PostgreSQL cannot store, such as NUL (no person types one): the driver or the
	 * server refuses the statement, which changes nothing. Forms that check their fields say so next to the
	 * field; anywhere else this is the answer.
	 */
	private static boolean isInvisibleCharacter(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().equals("22021") || sql.getSQLState().equals("22P05")
							|| (sql.getSQLState().equals("22023") && String.valueOf(sql.getMessage()).contains("Zero bytes")))) {
				return true;
			}
		}
		return false;
	}

	/** Statuses with a text of their own; any other client error reads as a bad request, anything else as 500. */
	static ErrorDescription forStatus(HttpStatus status) {
		HttpStatus described = switch (status) {
			case BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, CONFLICT,
					UNSUPPORTED_MEDIA_TYPE, TOO_MANY_REQUESTS, SERVICE_UNAVAILABLE ->
				status;
			default -> status.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
		};
		return new ErrorDescription(described, "error." + described.value(), new Object[0]);
	}

	String titleKey() {
		return "error.title." + this.status.value();
	}

	private static HttpStatus statusOf(Problem.Kind kind) {
		return switch (kind) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case BAD_INPUT -> HttpStatus.BAD_REQUEST;
			case CONFLICT -> HttpStatus.CONFLICT;
		};
	}

}
