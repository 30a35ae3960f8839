package nl.speelveld.socialmap.editing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.Areas;
import nl.speelveld.roles.FocusTheme;
import nl.speelveld.roles.RoleType;
import nl.speelveld.roles.Roles;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads the values people type into social-map forms and import files: text, areas, roles, themes,
 * languages and dates ({@link ContactFields} reads contact channels). Each reader returns what it understood and files a complaint, naming the value,
 * for what it did not, so that forms and imports say the same thing about the same mistake.
 */
@Component
public class EntryFields {

	/** The languages a post can list; the codes are ISO 639 and the names come from the messages. */
	public static final List<String> LANGUAGES = List.of("nl", "fy", "en", "de", "fr", "es", "pl", "tr", "ar", "uk",
			"pap", "ti", "so");

	private static final int MAX_AREAS = 50;

	private static final Pattern SEPARATORS = Pattern.compile("[\\s|,;]+");

	private static final Pattern DUTCH_DATE = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private final Areas areas;

	private final Roles roles;

	private final MessageSource messages;

	EntryFields(Areas areas, Roles roles, MessageSource messages) {
		this.areas = areas;
		this.roles = roles;
		this.messages = messages;
	}

	/** Codes typed with spaces, bars, commas or semicolons between them. */
	public static List<String> split(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return SEPARATORS.splitAsStream(text.strip()).filter(part -> !part.isEmpty()).toList();
	}

	/** Text between {@code min} and {@code max} characters once trimmed; blank is fine when {@code min} is 0. */
	public String text(@Nullable String value, String field, int min, int max, Problems problems) {
		String text = value == null ? "" : value.strip();
		if (ContactFields.hasControlCharacters(text)) {
			problems.add(field, "edit.text.control");
		}
		else if (text.length() < min) {
			problems.add(field, min == 1 ? "edit.text.missing" : "edit.text.too-short", String.valueOf(min));
		}
		else if (text.length() > max) {
			problems.add(field, "edit.text.too-long", String.valueOf(max));
		}
		return text;
	}

	/** Known CBS codes of any level, each once; {@code required} asks for at least one. */
	public List<AreaCode> areas(Collection<String> typed, String field, boolean required, Problems problems) {
		List<AreaCode> codes = new ArrayList<>();
		for (String part : typed) {
			for (String text : split(part)) {
				Optional<AreaCode> code = AreaCode.tryParse(text).filter(c -> this.areas.summary(c).isPresent());
				if (code.isEmpty()) {
					problems.add(field, "edit.area.unknown", ContactFields.shorten(text));
				}
				code.filter(c -> !codes.contains(c)).ifPresent(codes::add);
			}
		}
		if (required && codes.isEmpty()) {
			problems.add(field, "edit.area.missing");
		}
		if (codes.size() > MAX_AREAS) {
			problems.add(field, "edit.area.too-many", String.valueOf(MAX_AREAS));
		}
		return codes;
	}

	/** The role type for a code, name or local title; local titles of the gemeente count. */
	public @Nullable RoleType role(@Nullable String text, @Nullable AreaCode gemeente, String field, Problems problems) {
		String wanted = text == null ? "" : text.strip();
		if (wanted.isEmpty()) {
			problems.add(field, "edit.role.missing");
			return null;
		}
		Optional<RoleType> role = this.roles.recognise(wanted, gemeente);
		if (role.isEmpty()) {
			problems.add(field, "edit.role.unknown", ContactFields.shorten(wanted));
		}
		return role.orElse(null);
	}

	/** Focus themes by code or by name, in either language; each once. */
	public List<String> themes(Collection<String> typed, String field, Problems problems) {
		List<String> codes = new ArrayList<>();
		for (String text : typed) {
			String wanted = text.strip().toLowerCase(Locale.ROOT);
			if (wanted.isEmpty()) {
				continue;
			}
			Optional<FocusTheme> theme = this.roles.themes()
				.stream()
				.filter(t -> t.code().equals(wanted) || t.nameNl().toLowerCase(Locale.ROOT).equals(wanted)
						|| t.nameEn().toLowerCase(Locale.ROOT).equals(wanted))
				.findFirst();
			if (theme.isEmpty()) {
				problems.add(field, "edit.theme.unknown", ContactFields.shorten(text.strip()));
			}
			theme.map(FocusTheme::code).filter(code -> !codes.contains(code)).ifPresent(codes::add);
		}
		return codes;
	}

	/** Whether the text is a theme's code or name, in either language. */
	public boolean isTheme(String text) {
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		return this.roles.themes()
			.stream()
			.anyMatch(t -> t.code().equals(wanted) || t.nameNl().toLowerCase(Locale.ROOT).equals(wanted)
					|| t.nameEn().toLowerCase(Locale.ROOT).equals(wanted));
	}

	/** Languages by code or by name in Dutch or English; Dutch when none is given. */
	public List<String> languages(Collection<String> typed, String field, Problems problems) {
		List<String> codes = new ArrayList<>();
		for (String text : typed) {
			String wanted = text.strip().toLowerCase(Locale.ROOT);
			if (wanted.isEmpty()) {
				continue;
			}
			Optional<String> code = LANGUAGES.stream()
				.filter(language -> language.equals(wanted) || languageName(language, "nl").equals(wanted)
						|| languageName(language, "en").equals(wanted))
				.findFirst();
			if (code.isEmpty()) {
				problems.add(field, "edit.language.unknown", ContactFields.shorten(text.strip()));
			}
			code.filter(c -> !codes.contains(c)).ifPresent(codes::add);
		}
		return codes.isEmpty() ? List.of("nl") : codes;
	}

	/** A day written as dd-mm-jjjj (also with / or .) or as jjjj-mm-dd; blank is no day. */
	public @Nullable LocalDate date(@Nullable String value, String field, Problems problems) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			Matcher dutch = DUTCH_DATE.matcher(text);
			Matcher iso = ISO_DATE.matcher(text);
			LocalDate day = null;
			if (dutch.matches()) {
				day = LocalDate.of(Integer.parseInt(dutch.group(3)), Integer.parseInt(dutch.group(2)),
						Integer.parseInt(dutch.group(1)));
			}
			else if (iso.matches()) {
				day = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
						Integer.parseInt(iso.group(3)));
			}
			// A year like 0202 is a typing error, not a post from the Middle Ages.
			if (day != null && day.getYear() >= 1900 && day.getYear() <= 2200) {
				return day;
			}
		}
		catch (DateTimeException impossible) {
			// 31-02-2026 has the right shape but is no day: the same complaint as for any other text
		}
		problems.add(field, "edit.date.invalid", ContactFields.shorten(text));
		return null;
	}

	/** The language's name as a visitor reads it, in lower case, to recognise what people type. */
	private String languageName(String code, String language) {
		return this.messages.getMessage("language." + code, null, code, Locale.forLanguageTag(language))
			.toLowerCase(Locale.ROOT);
	}

}
