package nl.speelveld.shared.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the CSP; the only outside origin ever allowed is the map tile server an operator configured. */
public final class ContentSecurityPolicy {

	private static final Pattern ORIGIN = Pattern.compile("https?://[^/?#]+");

	private ContentSecurityPolicy() {
	}

	public static String forTiles(String tileUrl) {
		String tiles = tileOrigin(tileUrl);
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + tiles
				+ "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
				+ "frame-ancestors 'none'";
	}

	private static String tileOrigin(String tileUrl) {
		if (tileUrl.isBlank()) {
			return "";
		}
		Matcher origin = ORIGIN.matcher(tileUrl.trim());
		if (!origin.lookingAt()) {
			throw new IllegalArgumentException("speelveld.map.tile-url must be an http(s) URL: " + tileUrl);
		}
		// Leaflet's {s} picks one of several subdomains; the policy allows them all.
		return " " + origin.group().replace("{s}", "*");
	}

}
