package nl.speelveld.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The background map. Empty by default: boundaries are drawn on a plain background, so Speelveld works
 * offline and sends visitors' positions to no third party. In production set a tile URL such as PDOK's
 * BRT-Achtergrondkaart, with its attribution.
 */
@ConfigurationProperties("speelveld.map")
public record MapSettings(String tileUrl, String tileAttribution) {

	public MapSettings {
		tileUrl = tileUrl == null ? "" : tileUrl.trim();
		tileAttribution = tileAttribution == null ? "" : tileAttribution.trim();
	}

}
