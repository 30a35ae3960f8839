package nl.speelveld.initiatives.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.speelveld.SpeelveldTest;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.initiatives.InitiativeStatus;
import nl.speelveld.initiatives.InitiativesFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The initiatives fixed point of docs/api.md, on initiatives in Groningen's wijken (each test its own wijk or
 * its own word, as the database is shared).
 */
@SpeelveldTest
class InitiativeApiControllerTests {

	private static final double LAT = 53.2194;

	private static final double LON = 6.5665;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	InitiativesFixture initiatives;

	@Test
	void pagesRunNewestChangeFirstWithTheFullCount() {
		AreaCode oranjewijk = new AreaCode("WK001402");
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			ids.add(this.initiatives.initiative("Oranjewijk plan " + i, "Een plan.", oranjewijk, InitiativeStatus.IDEA,
					LAT, LON, List.of(), now.minus(i, ChronoUnit.HOURS)));
		}

		var first = this.mvc.get().uri("/api/v1/areas/WK001402/initiatives?size=10").exchange();
		assertThat(first).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(first).bodyJson().extractingPath("$.total").isEqualTo(25);
		assertThat(first).bodyJson().extractingPath("$.items").asArray().hasSize(10);
		assertThat(first).bodyJson().extractingPath("$.items[0].id").isEqualTo(ids.get(0).toString());
		assertThat(first).bodyJson().extractingPath("$.items[9].title").isEqualTo("Oranjewijk plan 9");

		var third = this.mvc.get().uri("/api/v1/areas/WK001402/initiatives?size=10&page=2").exchange();
		assertThat(third).bodyJson().extractingPath("$.items").asArray().hasSize(5);
		assertThat(third).bodyJson().extractingPath("$.items[4].id").isEqualTo(ids.get(24).toString());
		assertThat(third).bodyJson().extractingPath("$.total").isEqualTo(25);
		assertThat(third).bodyJson().extractingPath("$.page").isEqualTo(2);

		assertThat(this.mvc.get().uri("/api/v1/areas/WK001402/initiatives")).bodyJson()
			.extractingPath("$.items")
			.asArray()
			.hasSize(20);
	}

	@Test
	void anItemCarriesWhatTheListAndTheMapNeed() {
		UUID id = this.initiatives.initiative("Bankjes langs het Hoendiep", "Drie bankjes.\nEn een prullenbak.",
				new AreaCode("BU00140106"), InitiativeStatus.RUNNING, 53.2201, 6.5402, List.of("money", "people"),
				Instant.now());

		var found = this.mvc.get().uri("/api/v1/areas/BU00140106/initiatives").exchange();

		assertThat(found).bodyJson().extractingPath("$.items[0].id").isEqualTo(id.toString());
		assertThat(found).bodyJson().extractingPath("$.items[0].title").isEqualTo("Bankjes langs het Hoendiep");
		assertThat(found).bodyJson().extractingPath("$.items[0].status").isEqualTo("running");
		assertThat(found).bodyJson().extractingPath("$.items[0].area").isEqualTo("BU00140106");
		assertThat(found).bodyJson().extractingPath("$.items[0].areaName").isEqualTo("Hoendiep");
		assertThat(found).bodyJson().extractingPath("$.items[0].gemeente").isEqualTo("GM0014");
		assertThat(found).bodyJson().extractingPath("$.items[0].supporters").isEqualTo(3);
		assertThat(found).bodyJson().extractingPath("$.items[0].lat").isEqualTo(53.2201);
		assertThat(found).bodyJson().extractingPath("$.items[0].lon").isEqualTo(6.5402);
		assertThat(found).bodyJson().extractingPath("$.items[0].summary").isEqualTo("Drie bankjes.");
		assertThat(found).bodyJson().extractingPath("$.items[0].supportNeeded").asArray().containsExactly("money", "people");
		assertThat(found).bodyJson().extractingPath("$.items[0].url").isEqualTo("/initiatieven/" + id);
	}

	@Test
	void oneInitiativeIsFoundByItsIdAsItsAreasListShowsIt() {
		UUID id = this.initiatives.initiative("Moestuin achter de flat", "Tien bakken.\nVoor iedereen.",
				new AreaCode("BU00140106"), InitiativeStatus.PLAN, 53.2203, 6.5408, List.of("space"), Instant.now());

		var found = this.mvc.get().uri("/api/v1/initiatives/{id}", id).exchange();

		assertThat(found).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(found).bodyJson().extractingPath("$.id").isEqualTo(id.toString());
		assertThat(found).bodyJson().extractingPath("$.title").isEqualTo("Moestuin achter de flat");
		assertThat(found).bodyJson().extractingPath("$.status").isEqualTo("plan");
		assertThat(found).bodyJson().extractingPath("$.areaName").isEqualTo("Hoendiep");
		assertThat(found).bodyJson().extractingPath("$.summary").isEqualTo("Tien bakken.");
		assertThat(found).bodyJson().extractingPath("$.supportNeeded").asArray().containsExactly("space");
		assertThat(found).bodyJson().extractingPath("$.url").isEqualTo("/initiatieven/" + id);
	}

	@Test
	void anUnknownOrMalformedIdIsAProblem() {
		assertProblem("/api/v1/initiatives/" + UUID.randomUUID(), HttpStatus.NOT_FOUND, "bestaat niet");
		assertProblem("/api/v1/initiatives/niet-een-id", HttpStatus.BAD_REQUEST, "");
	}

	@Test
	void aGemeenteHoldsItsWijkenAndBuurtenAndAWijkItsBuurtenOnly() {
		String word = "Zeehelden" + suffix();
		UUID inBuurt = this.initiatives.initiative(word + " buurt", new AreaCode("BU00140101"), InitiativeStatus.IDEA, LAT,
				LON);
		UUID inWijk = this.initiatives.initiative(word + " wijk", new AreaCode("WK001401"), InitiativeStatus.IDEA, LAT, LON);
		UUID inOtherWijk = this.initiatives.initiative(word + " elders", new AreaCode("WK001403"), InitiativeStatus.IDEA,
				LAT, LON);
		UUID inGemeente = this.initiatives.initiative(word + " stad", new AreaCode("GM0014"), InitiativeStatus.IDEA, LAT,
				LON);
		UUID elsewhere = this.initiatives.initiative(word + " Utrecht", new AreaCode("WK034406"), InitiativeStatus.IDEA,
				52.09, 5.12);

		assertThat(ids("/api/v1/areas/GM0014/initiatives?size=100&q=" + word)).containsExactlyInAnyOrder(
				inBuurt.toString(), inWijk.toString(), inOtherWijk.toString(), inGemeente.toString());
		assertThat(ids("/api/v1/areas/WK001401/initiatives?size=100&q=" + word))
			.containsExactlyInAnyOrder(inBuurt.toString(), inWijk.toString());
		assertThat(ids("/api/v1/areas/BU00140101/initiatives?q=" + word)).containsExactly(inBuurt.toString());
		assertThat(ids("/api/v1/areas/wk034406/initiatives?q=" + word)).containsExactly(elsewhere.toString());
	}

	@Test
	void filtersByOneOrMoreStatusesAndByWords() {
		AreaCode korrewegwijk = new AreaCode("WK001403");
		String word = "Zwaluw" + suffix();
		UUID idea = this.initiatives.initiative("Nestkasten " + word, korrewegwijk, InitiativeStatus.IDEA, LAT, LON);
		UUID running = this.initiatives.initiative("Geveltuinen " + word, korrewegwijk, InitiativeStatus.RUNNING, LAT, LON);
		UUID done = this.initiatives.initiative("Buurtfeest " + word, korrewegwijk, InitiativeStatus.DONE, LAT, LON);

		assertThat(ids("/api/v1/areas/WK001403/initiatives?status=running&q=" + word)).containsExactly(running.toString());
		assertThat(ids("/api/v1/areas/WK001403/initiatives?status=idea,done&q=" + word))
			.containsExactlyInAnyOrder(idea.toString(), done.toString());
		assertThat(ids("/api/v1/areas/WK001403/initiatives?status=idea&status=running&q=" + word))
			.containsExactlyInAnyOrder(idea.toString(), running.toString());
		// Dutch stemming: the plural in the title is found by the singular
		assertThat(ids("/api/v1/areas/WK001403/initiatives?q=geveltuin " + word)).containsExactly(running.toString());
		assertThat(this.mvc.get().uri("/api/v1/areas/WK001403/initiatives?q=" + word)).bodyJson()
			.extractingPath("$.total")
			.isEqualTo(3);
	}

	@Test
	void filtersByTheSupportAnInitiativeAsksFor() {
		String word = "Ruimte" + suffix();
		AreaCode oosterpark = new AreaCode("WK001404");
		UUID space = this.initiatives.initiative("Repair cafe " + word, "Een plek.", oosterpark, InitiativeStatus.PLAN,
				LAT, LON, List.of("space"), Instant.now());
		this.initiatives.initiative("Kledingruil " + word, "Geld.", oosterpark, InitiativeStatus.PLAN, LAT, LON,
				List.of("money"), Instant.now());

		assertThat(ids("/api/v1/areas/WK001404/initiatives?support=space&q=" + word)).containsExactly(space.toString());
	}

	@Test
	void badInputIsAProblemInTheCallersLanguage() {
		assertProblem("/api/v1/areas/GM9999/initiatives", HttpStatus.NOT_FOUND, "GM9999");
		assertProblem("/api/v1/areas/nonsense/initiatives", HttpStatus.NOT_FOUND, "nonsense");
		assertProblem("/api/v1/areas/GM0014/initiatives?status=busy", HttpStatus.BAD_REQUEST, "busy");
		assertProblem("/api/v1/areas/GM0014/initiatives?status=idea,klaar", HttpStatus.BAD_REQUEST, "klaar");
		assertProblem("/api/v1/areas/GM0014/initiatives?size=101", HttpStatus.BAD_REQUEST, "100");
		assertProblem("/api/v1/areas/GM0014/initiatives?size=0", HttpStatus.BAD_REQUEST, "100");
		assertProblem("/api/v1/areas/GM0014/initiatives?page=-1", HttpStatus.BAD_REQUEST, "500");
		assertProblem("/api/v1/areas/GM0014/initiatives?page=twee", HttpStatus.BAD_REQUEST, "");
		assertProblem("/api/v1/areas/GM0014/initiatives?support=gold", HttpStatus.BAD_REQUEST, "gold");

		assertThat(this.mvc.get().uri("/api/v1/areas/GM0014/initiatives?status=busy").header("Accept-Language", "en"))
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("We do not know this status: busy.");
		assertThat(this.mvc.get().uri("/api/v1/areas/GM0014/initiatives?status=busy")).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("Deze status kennen we niet: busy.");
	}

	@Test
	void anAreaWithoutInitiativesHasAnEmptyList() {
		assertThat(this.mvc.get().uri("/api/v1/areas/GM1900/initiatives?q=onvindbaarwoord")).bodyJson().satisfies(body -> {
			assertThat(body).extractingPath("$.total").isEqualTo(0);
			assertThat(body).extractingPath("$.items").asArray().isEmpty();
		});
	}

	private List<String> ids(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk();
		try {
			return JsonPath.read(result.getResponse().getContentAsString(), "$.items[*].id");
		}
		catch (java.io.UnsupportedEncodingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private void assertProblem(String uri, HttpStatus status, String detailMentions) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains(detailMentions);
		assertThat(result).bodyText().doesNotContain("Exception", "at nl.");
	}

	/** Letters only, so that the Dutch stemmer leaves the word as one token. */
	static String suffix() {
		StringBuilder letters = new StringBuilder();
		UUID.randomUUID().toString().chars().filter(Character::isDigit).limit(6)
			.forEach(digit -> letters.append((char) ('a' + digit - '0')));
		return letters.toString();
	}

}
