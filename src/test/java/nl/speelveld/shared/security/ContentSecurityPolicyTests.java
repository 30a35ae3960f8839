package nl.speelveld.shared.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentSecurityPolicyTests {

	@Test
	void allowsNothingFromElsewhereByDefault() {
		assertThat(ContentSecurityPolicy.forTiles("")).contains("img-src 'self' data:;", "script-src 'self';")
			.doesNotContain("http");
	}

	@Test
	void allowsImagesFromTheConfiguredTileServerOnly() {
		assertThat(ContentSecurityPolicy.forTiles(
				"https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"))
			.contains("img-src 'self' data: https://service.pdok.nl;");
		assertThat(ContentSecurityPolicy.forTiles("https://{s}.tile.example.org/{z}/{x}/{y}.png"))
			.contains("img-src 'self' data: https://*.tile.example.org;");
	}

	@Test
	void refusesATileUrlThatIsNotHttp() {
		assertThatThrownBy(() -> ContentSecurityPolicy.forTiles("javascript:alert(1)"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
