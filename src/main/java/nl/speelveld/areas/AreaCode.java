package nl.speelveld.areas;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CBS area code such as {@code GM0344}, {@code WK0363KP} or {@code BU03440611}. Wijk and buurt codes may
 * hold letters, so a code is never parsed as a number; its prefix gives the level and its digits the
 * parents ({@code BU}gggg ww bb lies in {@code WK}gggg ww, which lies in {@code GM}gggg). Village codes
 * ({@code KR}gggg plus a local part) are Speelveld's own, as CBS publishes none that fit.
 */
public record AreaCode(String value) implements Comparable<AreaCode> {

	private static final Pattern FORMAT = Pattern
		.compile("GM\\d{4}|WK\\d{4}[0-9A-Z]{2}|BU\\d{4}[0-9A-Z]{4}|KR\\d{4}[0-9A-Z]{1,6}");

	public AreaCode {
		if (!FORMAT.matcher(value).matches()) {
			throw new InvalidAreaCode(value);
		}
	}

	/** The code in {@code text}, in any letter case and with stray whitespace, as people type it. */
	public static Optional<AreaCode> tryParse(String text) {
		String normalized = text.trim().toUpperCase(Locale.ROOT);
		return isValid(normalized) ? Optional.of(new AreaCode(normalized)) : Optional.empty();
	}

	public static boolean isValid(String text) {
		return FORMAT.matcher(text).matches();
	}

	public AreaLevel level() {
		return switch (this.value.substring(0, 2)) {
			case "GM" -> AreaLevel.GEMEENTE;
			case "WK" -> AreaLevel.WIJK;
			case "BU" -> AreaLevel.BUURT;
			default -> AreaLevel.KERN;
		};
	}

	/** The parent that the code structure implies: a buurt's wijk; a wijk's or village's gemeente. */
	public Optional<AreaCode> impliedParent() {
		return switch (level()) {
			case BUURT -> Optional.of(new AreaCode("WK" + this.value.substring(2, 8)));
			case WIJK, KERN -> Optional.of(gemeente());
			case GEMEENTE -> Optional.empty();
		};
	}

	/** The gemeente this code belongs to; every code carries its four gemeente digits. */
	public AreaCode gemeente() {
		return new AreaCode("GM" + this.value.substring(2, 6));
	}

	@Override
	public int compareTo(AreaCode other) {
		return this.value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
