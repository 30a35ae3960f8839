package nl.speelveld.socialmap.search.web;

import java.util.List;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.socialmap.search.SocialMapData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpeelveldTest
class SearchPageControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsTheFormWithoutSearchingOnTheFirstVisit() {
		assertThat(this.mvc.get().uri("/sociale-kaart/zoeken")).hasStatusOk()
			.bodyText()
			.contains("Zoeken in de sociale kaart", "Wat zoek je?", "Alle rollen", "Wijkagent", "Plekken")
			.doesNotContain("field__error", "resultaten voor");
	}

	@Test
	void listsHitsWithTheirKindRoleAreaAndLink() {
		var data = new SocialMapData(this.jdbc);
		UUID welfare = data.organisation("Welzijn " + data.word, "welzijnsorganisatie", "Buurtwerk.", "GM0344");
		UUID anna = data.professional("Anna " + data.word);
		data.post("opbouwwerker", welfare, anna, "Opbouwwerker " + data.word, List.of(), "", "WK034406");
		UUID place = data.place("buurthuis", "Buurthuis " + data.word, "", "BU03440611");

		assertThat(this.mvc.get().uri("/sociale-kaart/zoeken").param("q", data.word).param("gebied", "3511")).hasStatusOk()
			.bodyText()
			.contains("3 resultaten voor " + data.word + " in Wijk 06 Binnenstad")
			.contains("Professional", "Opbouwwerker", "Organisatie", "Plek")
			.contains("href=\"/professionals/" + anna + "\"", "href=\"/organisaties/" + welfare + "\"",
					"href=\"/plekken/" + place + "\"")
			.contains("Gebied: Wijk 06 Binnenstad", "Gebied: Domplein. Neude. Janskerkhof");
	}

	@Test
	void suggestsTheWordItSearchedInsteadOfATypo() {
		var data = new SocialMapData(this.jdbc);
		UUID welfare = data.organisation("Welzijn " + data.word, "welzijnsorganisatie", "", "GM0344");
		data.post("opbouwwerker", welfare, null, "Opbouwwerker " + data.word, List.of(), "", "WK034406");

		assertThat(this.mvc.get().uri("/sociale-kaart/zoeken").param("q", "opbouwerker " + data.word)
			.param("soort", "professional")
			.param("rol", "opbouwwerker")).hasStatusOk()
			.bodyText()
			.contains("Bedoelde je", "href=\"/sociale-kaart/zoeken?q=opbouwwerker+" + data.word
					+ "&amp;rol=opbouwwerker&amp;soort=professional\"")
			.contains("We vonden niets voor opbouwerker " + data.word + ". Daarom zochten we naar opbouwwerker "
					+ data.word + ".")
			.contains("1 resultaat voor opbouwwerker " + data.word);
	}

	@Test
	void saysSoWhenNothingIsFound() {
		assertThat(this.mvc.get().uri("/sociale-kaart/zoeken").param("q", "xqzwvkj")).hasStatusOk()
			.bodyText()
			.contains("Geen resultaten voor xqzwvkj", "Kijk of je de woorden goed hebt getypt.");
	}

	@Test
	void explainsWhatIsWrongNextToTheField() {
		assertThat(this.mvc.get().uri("/sociale-kaart/zoeken").param("q", "")).hasStatusOk()
			.bodyText()
			.contains("Vul in waar je naar zoekt.", "href=\"#zoekterm\"", "aria-invalid=\"true\"");
		assertThat(this.mvc.get().uri("/sociale-kaart/zoeken").param("q", "wijkagent").param("gebied", "Nergenshuizen"))
			.bodyText()
			.contains("Dit gebied kennen we niet.");
		assertThat(this.mvc.get().uri("/sociale-kaart/zoeken").param("q", "wijkagent").param("rol", "astronaut"))
			.bodyText()
			.contains("Kies een rol uit de lijst.");
		assertThat(this.mvc.get().uri("/sociale-kaart/zoeken").param("q", "wijkagent").param("soort", "boot"))
			.bodyText()
			.contains("Kies een soort uit de lijst.");
		assertThat(this.mvc.get().uri("/sociale-kaart/zoeken").param("q", "-politie")).bodyText()
			.contains("Zoek op minstens één woord zonder minteken ervoor.");
		assertThat(this.mvc.get().uri("/sociale-kaart/zoeken").param("q", "x".repeat(201))).bodyText()
			.contains("Je zoekopdracht is te lang.");
		assertThat(this.mvc.get().uri("/sociale-kaart/zoeken").param("q", "wijkagent").param("pagina", "zeven"))
			.hasStatusOk();
	}

	@Test
	void showsWhatWasTypedEscaped() throws Exception {
		String attack = "\"><script>alert('x')</script><img src=x onerror=alert(1)>";

		String body = this.mvc.get().uri("/sociale-kaart/zoeken").param("q", attack).exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(body).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;alert(");
	}

	@Test
	void namesAnAreaByCodePostcodeOrName() {
		var data = new SocialMapData(this.jdbc);
		data.place("buurthuis", "Buurthuis " + data.word, "", "BU03440611");

		assertThat(this.mvc.get().uri("/sociale-kaart/zoeken").param("q", data.word).param("gebied", "wk034406"))
			.bodyText()
			.contains("1 resultaat voor " + data.word + " in Wijk 06 Binnenstad");
		assertThat(this.mvc.get().uri("/sociale-kaart/zoeken").param("q", data.word).param("gebied", "Utrecht"))
			.bodyText()
			.contains("1 resultaat voor " + data.word + " in Utrecht");
		assertThat(this.mvc.get().uri("/sociale-kaart/zoeken").param("q", data.word).param("gebied", "Amsterdam"))
			.bodyText()
			.contains("Geen resultaten voor " + data.word + " in Amsterdam");
	}

	@Test
	void speaksEnglishWhenAskedTo() {
		assertThat(this.mvc.get().uri("/sociale-kaart/zoeken").param("q", "xqzwvkj").param("lang", "en")).bodyText()
			.contains("Search the social map", "No results for xqzwvkj");
	}

}
