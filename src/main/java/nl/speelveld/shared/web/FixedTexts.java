package nl.speelveld.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * Texts kept per language once looked up: those without arguments, and those whose arguments are numbers
 * (counts, amounts, already formatted or not). Every page shows the same few dozen texts, and each lookup formats the text with a
 * MessageFormat that all requests share under one lock: under load the pages queued there. Texts with other
 * arguments are formatted each time: names and other words would fill the memory, and nobody's name should
 * outlive its page there.
 */
final class FixedTexts implements MessageSource {

	/** Enough for every key and every code data names; beyond it, lookups are simply not kept. */
	private static final int MOST_KEPT = 20_000;

	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9.,\\s\\u00a0-]*");

	private final MessageSource messages;

	private final Map<Locale, Map<Object, Optional<String>>> kept = new ConcurrentHashMap<>();

	FixedTexts(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public @Nullable String getMessage(String code, Object @Nullable [] args, @Nullable String defaultMessage,
			Locale locale) {
		if (!plain(args)) {
			return this.messages.getMessage(code, args, defaultMessage, locale);
		}
		return fixed(code, args, locale).orElse(defaultMessage);
	}

	@Override
	public String getMessage(String code, Object @Nullable [] args, Locale locale) {
		if (!plain(args)) {
			return this.messages.getMessage(code, args, locale);
		}
		return fixed(code, args, locale).orElseThrow(() -> new NoSuchMessageException(code, locale));
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
		return this.messages.getMessage(resolvable, locale);
	}

	private Optional<String> fixed(String code, Object @Nullable [] args, Locale locale) {
		Map<Object, Optional<String>> texts = this.kept.computeIfAbsent(locale, language -> new ConcurrentHashMap<>());
		Object key = args == null || args.length == 0 ? code : List.of(code, List.of(args));
		Optional<String> text = texts.get(key);
		if (text == null) {
			text = Optional.ofNullable(this.messages.getMessage(code, args, null, locale));
			if (texts.size() < MOST_KEPT) {
				texts.put(key, text);
			}
		}
		return text;
	}

	/** No arguments, or only whole numbers, formatted or not. */
	private static boolean plain(Object @Nullable [] args) {
		if (args == null) {
			return true;
		}
		for (Object arg : args) {
			boolean number = arg instanceof Integer || arg instanceof Long
					|| arg instanceof String text && text.length() <= 16 && NUMBER.matcher(text).matches();
			if (!number) {
				return false;
			}
		}
		return true;
	}

}
