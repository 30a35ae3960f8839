package nl.speelveld.shared.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * Texts without arguments, kept per language once looked up. Every page shows the same few dozen of them,
 * and each lookup formats the text with a MessageFormat that all requests share under one lock: under load
 * the pages queued there. Texts with arguments are formatted each time.
 */
final class FixedTexts implements MessageSource {

	/** Enough for every key and every code data names; beyond it, lookups are simply not kept. */
	private static final int MOST_KEPT = 20_000;

	private final MessageSource messages;

	private final Map<Locale, Map<String, Optional<String>>> kept = new ConcurrentHashMap<>();

	FixedTexts(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public @Nullable String getMessage(String code, Object @Nullable [] args, @Nullable String defaultMessage,
			Locale locale) {
		if (args != null && args.length > 0) {
			return this.messages.getMessage(code, args, defaultMessage, locale);
		}
		return fixed(code, locale).orElse(defaultMessage);
	}

	@Override
	public String getMessage(String code, Object @Nullable [] args, Locale locale) {
		if (args != null && args.length > 0) {
			return this.messages.getMessage(code, args, locale);
		}
		return fixed(code, locale).orElseThrow(() -> new NoSuchMessageException(code, locale));
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
		return this.messages.getMessage(resolvable, locale);
	}

	private Optional<String> fixed(String code, Locale locale) {
		Map<String, Optional<String>> texts = this.kept.computeIfAbsent(locale, language -> new ConcurrentHashMap<>());
		Optional<String> text = texts.get(code);
		if (text == null) {
			text = Optional.ofNullable(this.messages.getMessage(code, null, null, locale));
			if (texts.size() < MOST_KEPT) {
				texts.put(code, text);
			}
		}
		return text;
	}

}
