package nl.speelveld.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Dutch first: pages speak Dutch until a visitor picks English with the language switch (remembered in a
 * cookie). The API follows {@code Accept-Language}, as integrations expect, and also defaults to Dutch.
 */
class Languages implements LocaleResolver {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	static final Locale ENGLISH = Locale.ENGLISH;

	static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

	static final String COOKIE = "speelveld-lang";

	/** The language chosen in this very request, before the browser sends the cookie back. */
	private static final String CHOSEN = Languages.class.getName() + ".CHOSEN";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale chosen = request.getAttribute(CHOSEN) instanceof Locale locale ? locale : fromCookie(request);
		if (chosen != null) {
			return chosen;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			String header = request.getHeader("Accept-Language");
			if (header != null && !header.isBlank()) {
				try {
					Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
					return best != null ? best : DUTCH;
				}
				catch (IllegalArgumentException malformed) {
					return DUTCH;
				}
			}
		}
		return DUTCH;
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		if (response == null) {
			return;
		}
		Locale supported = supported(locale);
		request.setAttribute(CHOSEN, supported);
		var cookie = new Cookie(COOKIE, supported.getLanguage());
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setMaxAge(60 * 60 * 24 * 365);
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	static Locale supported(@Nullable Locale locale) {
		return locale != null && locale.getLanguage().equals("en") ? ENGLISH : DUTCH;
	}

	private static @Nullable Locale fromCookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName())) {
				return supported(Locale.forLanguageTag(cookie.getValue()));
			}
		}
		return null;
	}

}
