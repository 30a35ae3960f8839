package nl.speelveld.areas.web;

import nl.speelveld.SpeelveldTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpeelveldTest
class AreaPageControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPostcodeLeadsStraightToItsWijk() {
		assertThat(this.mvc.get().uri("/zoeken?q=3511")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/gebied/WK034406?jaar=2024");
		assertThat(this.mvc.get().uri("/zoeken").param("q", " 3511 ab ")).hasRedirectedUrl("/gebied/WK034406?jaar=2024");
	}

	@Test
	void theExactNameOfAGemeenteLeadsToIt() {
		assertThat(this.mvc.get().uri("/zoeken?q=utrecht")).hasRedirectedUrl("/gebied/GM0344?jaar=2024");
		assertThat(this.mvc.get().uri("/zoeken").param("q", "Sudwest Fryslan")).hasRedirectedUrl("/gebied/GM1900?jaar=2024");
	}

	@Test
	void aNameSharedByManyAreasListsThemWithWhereTheyLie() {
		assertThat(this.mvc.get().uri("/zoeken?q=Binnenstad")).hasStatusOk()
			.bodyText()
			.contains("Gevonden voor Binnenstad", "wijk in Almelo", "wijk in Leeuwarden");
	}

	@Test
	void aTownLeadsToTheGemeenteItLiesIn() {
		assertThat(this.mvc.get().uri("/zoeken?q=Driebergen-Rijs")).hasStatusOk()
			.bodyText()
			.contains("Driebergen-Rijsenburg", "plaats in gemeente Utrechtse Heuvelrug", "/gebied/GM1581?jaar=2024");
	}

	@Test
	void saysSoWhenNothingMatches() {
		assertThat(this.mvc.get().uri("/zoeken?q=Xyzzyplaats")).hasStatusOk()
			.bodyText()
			.contains("We vonden geen gebied of plaats met de naam Xyzzyplaats");
		String unknown = this.jdbc.sql("select min(g)::text from generate_series(1000, 9999) g"
				+ " where not exists (select 1 from area_postcode p where p.postcode = g::text)").query(String.class).single();
		assertThat(this.mvc.get().uri("/zoeken?q=" + unknown)).bodyText()
			.contains("De postcode " + unknown + " kennen we niet");
		assertThat(this.mvc.get().uri("/zoeken?q=")).bodyText().contains("Vul een postcode of plaatsnaam in.");
	}

	@Test
	void anAreaPageShowsTheWayUpItsPartsAndItsFigures() {
		assertThat(this.mvc.get().uri("/gebied/WK034406?jaar=2024")).hasStatusOk()
			.bodyText()
			.contains("<h1>Wijk 06 Binnenstad</h1>", "href=\"/gebied/GM0344?jaar=2024\">Utrecht</a>", "Inwoners",
					"20.190", "id=\"kaart\"", "Van deze wijk zijn geen buurten bekend in de indeling van 2024.");
		assertThat(this.mvc.get().uri("/gebied/GM0363?jaar=2014")).bodyText()
			.contains("Wijken in Amsterdam", "Stadsdeel Centrum", "Dit gebied staat ook in de indeling van:");
	}

	@Test
	void anUnknownAreaGetsAFriendlyDutchPageWithoutInternals() {
		assertThat(this.mvc.get().uri("/gebied/GM9999")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Deze pagina bestaat niet", "Er is geen gebied met code GM9999.", "Ga naar de startpagina")
			.doesNotContain("Exception", "Whitelabel");
		assertThat(this.mvc.get().uri("/gebied/GM0344?jaar=tien")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Dit verzoek klopt niet");
		assertThat(this.mvc.get().uri("/bestaat/niet")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("We kunnen deze pagina niet vinden.");
	}

	@Test
	void theGemeentenListShowsAllAndFiltersByName() {
		assertThat(this.mvc.get().uri("/gemeenten")).bodyText().contains("343 gemeenten", ">Aa en Hunze</a>", ">Zwolle</a>");
		assertThat(this.mvc.get().uri("/gemeenten?q=utrecht")).bodyText()
			.contains("2 gemeenten", ">Utrecht</a>", ">Utrechtse Heuvelrug</a>")
			.doesNotContain(">Zwolle</a>");
	}

	@Test
	void theLanguageSwitchShowsThePageInEnglishAndRemembersIt() {
		var english = this.mvc.get().uri("/gebied/GM0344?lang=en").exchange();

		assertThat(english).bodyText().contains("<html lang=\"en\">", "Districts in Utrecht (10)", "Inhabitants",
				"374,238");
		assertThat(english).cookies().containsCookie("speelveld-lang");
		assertThat(this.mvc.get().uri("/").cookie(english.getResponse().getCookie("speelveld-lang"))).bodyText()
			.contains("Who does what in your neighbourhood?");
	}

	@Test
	void pagesForbidFramingAndForeignScripts() {
		var home = this.mvc.get().uri("/").exchange();

		assertThat(home).hasStatusOk().hasHeader("X-Frame-Options", "DENY");
		assertThat(home.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'",
				"frame-ancestors 'none'");
	}

}
