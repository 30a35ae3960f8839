package nl.speelveld.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page template needs besides its own data: translated texts, the language switch and the CSRF
 * token that htmx sends along. Templates receive it as {@code page}.
 */
public final class PageContext {

	private static final java.time.ZoneId AMSTERDAM = java.time.ZoneId.of("Europe/Amsterdam");

	private final MessageSource messages;

	private final Locale locale;

	private final HttpServletRequest request;

	private final Visitor.Source visitors;

	private @Nullable Visitor visitor;

	PageContext(MessageSource messages, Locale locale, HttpServletRequest request, Visitor.Source visitors) {
		this.messages = messages;
		this.locale = Languages.supported(locale);
		this.request = request;
		this.visitors = visitors;
	}

	/** Who is looking, looked up once per page. */
	public Visitor visitor() {
		if (this.visitor == null) {
			this.visitor = this.visitors.of(this.request);
		}
		return this.visitor;
	}

	/** The text for {@code key} in the visitor's language. */
	public String t(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	/**
	 * The name of a code from data, such as a kind of place: {@code prefix + code} in the messages, or the code
	 * itself when data brought a code that has no name yet (an import, an older version).
	 */
	public String label(String prefix, String code) {
		return this.messages.getMessage(prefix + code, null, code, this.locale);
	}

	public String lang() {
		return this.locale.getLanguage();
	}

	public Locale locale() {
		return this.locale;
	}

	/** The current page in the other language. */
	public String otherLanguageUrl() {
		String path = this.request.getRequestURI();
		Object forwardedPath = this.request.getAttribute("jakarta.servlet.error.request_uri");
		if (forwardedPath instanceof String original) {
			path = original;
		}
		return UriComponentsBuilder.fromPath(path)
			.query(this.request.getQueryString())
			.replaceQueryParam("lang", otherLanguage())
			.build()
			.toUriString();
	}

	public String otherLanguage() {
		return lang().equals("en") ? "nl" : "en";
	}

	public @Nullable String csrfToken() {
		return csrf() != null ? csrf().getToken() : null;
	}

	public @Nullable String csrfParameter() {
		return csrf() != null ? csrf().getParameterName() : null;
	}

	public @Nullable String csrfHeader() {
		return csrf() != null ? csrf().getHeaderName() : null;
	}

	/** A moment as people in the Netherlands read it: local time, day and month in words in Dutch. */
	public String dateTime(java.time.Instant moment) {
		return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
				java.time.format.FormatStyle.SHORT)
			.withLocale(this.locale)
			.withZone(AMSTERDAM)
			.format(moment);
	}

	/** A day as people read it: 3 maart 2026. */
	public String date(java.time.LocalDate day) {
		return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
			.withLocale(this.locale)
			.format(day);
	}

	/** Formats a count the way readers of this language expect (Dutch: 12.005). */
	public String number(@Nullable Number value) {
		return value == null ? "" : java.text.NumberFormat.getNumberInstance(this.locale).format(value);
	}

	private @Nullable CsrfToken csrf() {
		return (CsrfToken) this.request.getAttribute(CsrfToken.class.getName());
	}

}
