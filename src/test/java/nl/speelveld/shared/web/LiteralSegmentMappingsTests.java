package nl.speelveld.shared.web;

import nl.speelveld.SpeelveldTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Mappings passed over by their literal segments leave Spring's choice as it was: pages with variables are found,
 * the right one of several that share their words, a method a path does not take is refused as such, a path of
 * no mapping is not found, the home page is there.
 */
@SpeelveldTest
class LiteralSegmentMappingsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theApplicationsMappingsAreLookedUpByTheirWords() {
		assertThat(this.mappings).isInstanceOf(LiteralSegmentMappings.class);
	}

	@Test
	void pagesAndApisWithVariablesAreFound() {
		assertThat(this.mvc.get().uri("/gebied/GM0014")).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/areas/GM0014")).hasStatusOk();
		assertThat(this.mvc.get().uri("/")).hasStatusOk();
		assertThat(this.mvc.get().uri("/gebied/GM0014/wie-werkt-hier")).hasStatusOk().bodyText().contains("Wie werkt hier");
		assertThat(this.mvc.get().uri("/gebied/GM0014/initiatieven")).hasStatusOk().bodyText().contains("Initiatieven");
	}

	@Test
	void aMethodThePathDoesNotTakeIsRefusedAsSuch() {
		assertThat(this.mvc.delete().uri("/api/v1/areas/GM0014").with(csrf())).hasStatus(405);
	}

	@Test
	void aPathOfNoMappingIsNotFound() {
		assertThat(this.mvc.get().uri("/gebied/GM0014/bestaat-niet")).hasStatus(404);
		assertThat(this.mvc.get().uri("/bestaat-niet/GM0014")).hasStatus(404);
	}

}
