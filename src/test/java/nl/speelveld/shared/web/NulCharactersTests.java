package nl.speelveld.shared.web;

import nl.speelveld.SpeelveldTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** A NUL character in a field is refused with 400 and a Dutch explanation; PostgreSQL cannot take it, and nothing changes. */
@SpeelveldTest
class NulCharactersTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aSignInLinkWithANulIsABadRequest() {
		assertThat(this.mvc.post().uri("/inloggen/link/bevestigen").param("token", "a\u0000b").with(csrf()))
			.hasStatus(400);
	}

	@Test
	void aSearchWithANulIsABadRequestAndTheSameSearchWithoutOneIsServed() {
		assertThat(this.mvc.get().uri("/api/v1/search").param("q", "wijk\u0000agent")).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/v1/search").param("q", "wijkagent")).hasStatusOk();
	}

	@Test
	void aParameterNameWithANulIsIgnoredLikeAnyUnknownParameter() {
		assertThat(this.mvc.get().uri("/zoeken").param("q\u0000", "3511")).hasStatusOk();
	}

	@Test
	void aSearchWithANulSaysWhatIsWrong() {
		assertThat(this.mvc.get().uri("/api/v1/search").param("q", "wijk\u0000agent")).hasStatus(400)
			.bodyText()
			.contains("onzichtbaar teken");
	}

}
