package nl.speelveld.shared.ratelimit;

import java.time.Duration;

/**
 * At most {@code hits} within each {@code window}, written in settings as {@code 5/PT15M}: five per
 * quarter of an hour.
 */
public record RateLimit(int hits, Duration window) {

	public RateLimit {
		if (hits < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("A rate limit needs at least one hit per positive window");
		}
	}

	public static RateLimit parse(String text) {
		String[] parts = text.trim().split("/", 2);
		if (parts.length != 2) {
			throw new IllegalArgumentException("A rate limit reads like 5/PT15M, not " + text);
		}
		return new RateLimit(Integer.parseInt(parts[0].trim()), Duration.parse(parts[1].trim()));
	}

}
