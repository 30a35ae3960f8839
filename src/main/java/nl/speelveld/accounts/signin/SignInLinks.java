package nl.speelveld.accounts.signin;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.UserId;
import nl.speelveld.accounts.users.EmailAddresses;
import nl.speelveld.accounts.users.UserAccounts;
import nl.speelveld.shared.mail.Mail;
import nl.speelveld.shared.mail.Mailer;
import nl.speelveld.shared.mail.Links;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenRequestResolver;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Sign-in by e-mail link (Spring Security one-time tokens): for a valid address, finds or opens the
 * account and mails a link that works once, for a short time. The page says the same whether or not the
 * address was known, so it cannot be used to find out who has an account. An invalid address falls
 * through to the sign-in page, which says what is wrong.
 */
@Component
class SignInLinks implements GenerateOneTimeTokenRequestResolver, OneTimeTokenGenerationSuccessHandler {

	static final String SENT_PAGE = "/inloggen/link-verstuurd";

	private final UserAccounts users;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Links links;

	private final Duration validity;

	SignInLinks(UserAccounts users, Mailer mailer, MessageSource messages, Links links,
			@Value("${speelveld.sign-in.link-validity:PT15M}") Duration validity) {
		this.users = users;
		this.mailer = mailer;
		this.messages = messages;
		this.links = links;
		this.validity = validity;
	}

	@Override
	public @Nullable GenerateOneTimeTokenRequest resolve(HttpServletRequest request) {
		String email = request.getParameter("email");
		if (!EmailAddresses.isValid(email)) {
			return null;
		}
		Locale locale = RequestContextUtils.getLocale(request);
		UserId user = this.users.forSignInLink(email.trim(), locale.getLanguage());
		return new GenerateOneTimeTokenRequest(user.toString(), this.validity);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token)
			throws IOException {
		var account = this.users.byId(UserId.parse(token.getUsername())).orElseThrow();
		Locale locale = RequestContextUtils.getLocale(request);
		String link = this.links.absolute("/inloggen/link?token=" + token.getTokenValue());
		this.mailer.send(new Mail(account.email(), text("mail.sign-in-link.subject", locale),
				text("mail.sign-in-link.body", locale, link, String.valueOf(this.validity.toMinutes()))));
		response.sendRedirect(request.getContextPath() + SENT_PAGE);
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
