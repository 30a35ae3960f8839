package nl.speelveld.initiatives.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.initiatives.InitiativeStatus;
import nl.speelveld.initiatives.InitiativesFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The public page of an area's initiatives, on initiatives in Groningen's wijken. */
@SpeelveldTest
class AreaInitiativesControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	InitiativesFixture initiatives;

	@Test
	void listsTheAreasInitiativesWithTheirStatusAreaSupportersAndFirstLine() {
		AreaCode helpman = new AreaCode("WK001406");
		var id = this.initiatives.initiative("Pluktuin in Helpman", "Fruitbomen voor iedereen.\nMet een bankje erbij.",
				helpman, InitiativeStatus.RUNNING, 53.2005, 6.5788, List.of("space"), Instant.now());

		assertThat(this.mvc.get().uri("/gebied/WK001406/initiatieven")).hasStatusOk()
			.bodyText()
			.contains("Initiatieven in Helpman e.o.", "href=\"/initiatieven/" + id + "\"", "Pluktuin in Helpman",
					"Helpman e.o.", "3 mensen steunen dit", "Fruitbomen voor iedereen.", "Start een initiatief",
					"href=\"/initiatieven/nieuw\"", "data-lat=\"53.2005\"", "id=\"initiatieven-kaart\"",
					"/js/initiatives-map.js")
			.doesNotContain("Met een bankje erbij.");
	}

	@Test
	void filtersByStatusAndWordsAndKeepsTheFiltersInTheForm() {
		AreaCode zuidwest = new AreaCode("WK001407");
		String word = "Stoep" + InitiativeApiControllerTests.suffix();
		this.initiatives.initiative("Stoepkrijt " + word, zuidwest, InitiativeStatus.IDEA, 53.2, 6.55);
		this.initiatives.initiative("Stoeptegels " + word, zuidwest, InitiativeStatus.DONE, 53.2, 6.55);

		assertThat(this.mvc.get().uri("/gebied/WK001407/initiatieven").param("status", "done").param("q", word))
			.hasStatusOk()
			.bodyText()
			.contains("Stoeptegels " + word, "1 initiatief gevonden", "value=\"done\" checked",
					"value=\"" + word + "\"", "Alle filters weghalen")
			.doesNotContain("Stoepkrijt " + word);
	}

	@Test
	void pagesKeepTheFilters() {
		AreaCode hoogkerk = new AreaCode("WK001408");
		Instant now = Instant.now();
		for (int i = 0; i < 23; i++) {
			this.initiatives.initiative("Hoogkerk idee " + i, "Samen.", hoogkerk, InitiativeStatus.IDEA, 53.21, 6.5,
					List.of(), now.minus(i, ChronoUnit.MINUTES));
		}
		assertThat(this.mvc.get().uri("/gebied/WK001408/initiatieven?status=idea")).bodyText()
			.contains("Pagina 1 van 2", "href=\"/gebied/WK001408/initiatieven?status=idea&amp;pagina=2\"")
			.contains("Hoogkerk idee 19")
			.doesNotContain("Hoogkerk idee 20<");
		assertThat(this.mvc.get().uri("/gebied/WK001408/initiatieven?status=idea&pagina=2")).bodyText()
			.contains("Pagina 2 van 2", "Hoogkerk idee 22", "start=\"21\"");
	}

	@Test
	void aTitleIsTextNeverMarkup() {
		this.initiatives.initiative("<script>alert('buurt')</script> Boomspiegels", new AreaCode("WK001409"),
				InitiativeStatus.IDEA, 53.22, 6.52);

		assertThat(this.mvc.get().uri("/gebied/WK001409/initiatieven")).bodyText()
			.contains("&lt;script&gt;alert(")
			.doesNotContain("<script>alert(");
	}

	@Test
	void anAreaWithoutInitiativesInvitesToStartOne() {
		assertThat(this.mvc.get().uri("/gebied/WK001419/initiatieven")).hasStatusOk()
			.bodyText()
			.contains("Er zijn nog geen initiatieven in Glimmen-Onnen-Noordlaren", "Begin met je eigen idee")
			.doesNotContain("id=\"initiatieven-kaart\"");
		assertThat(this.mvc.get().uri("/gebied/WK001419/initiatieven?q=zzzonvindbaar")).bodyText()
			.contains("We vonden geen initiatieven met deze filters");
	}

	@Test
	void anUnknownAreaIsNotFoundAndAStrangePageIsTheFirst() {
		assertThat(this.mvc.get().uri("/gebied/GM9999/initiatieven")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/gebied/WK001419/initiatieven?pagina=abc")).hasStatusOk();
		assertThat(this.mvc.get().uri("/gebied/WK001419/initiatieven?status=onzin")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void theAreaPageLinksHere() {
		assertThat(this.mvc.get().uri("/gebied/WK001406")).bodyText().contains("href=\"/gebied/WK001406/initiatieven\"");
	}

	@Test
	void aPostcodeOrPlaceLeadsToTheAreasInitiatives() {
		assertThat(this.mvc.get().uri("/initiatieven")).hasStatusOk().bodyText().contains("Postcode of plaatsnaam");
		assertThat(this.mvc.get().uri("/initiatieven?plaats=3511")).hasRedirectedUrl("/gebied/WK034406/initiatieven");
		assertThat(this.mvc.get().uri("/initiatieven?plaats=Utrecht")).hasRedirectedUrl("/gebied/GM0344/initiatieven");
		assertThat(this.mvc.get().uri("/initiatieven?plaats=")).bodyText().contains("Vul een postcode of plaatsnaam in.");
		assertThat(this.mvc.get().uri("/initiatieven?plaats=Xyzzyplaats")).bodyText()
			.contains("We vonden geen gebied of plaats met de naam Xyzzyplaats");
	}

}
