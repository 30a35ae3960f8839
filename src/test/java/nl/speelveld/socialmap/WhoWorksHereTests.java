package nl.speelveld.socialmap;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.speelveld.SpeelveldTest;
import nl.speelveld.areas.AreaCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@SpeelveldTest
class WhoWorksHereTests {

	private static final String BINNENSTAD = "WK034406";

	private static final String DOMPLEIN = "BU03440611";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SocialMapFixture fixture;

	@Autowired
	SocialMap socialMap;

	private UUID inTheWijk;

	private UUID forTheWholeGemeente;

	private UUID inOneBuurt;

	private UUID elsewhere;

	private UUID ended;

	private UUID organisation;

	private UUID professional;

	private String professionalName;

	@BeforeEach
	void aPlayingFieldAroundTheBinnenstad() {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		this.organisation = this.fixture.organisation("Politie Utrecht Centrum " + unique, "politie", "GM0344");
		UUID gemeente = this.fixture.organisation("Gemeente Utrecht " + unique, "gemeente", "GM0344");
		this.professionalName = "Wanda Wijkagent-Voorbeeld " + unique;
		this.professional = this.fixture.professional(this.professionalName);
		this.inTheWijk = this.fixture.post("wijkagent", this.organisation, this.professional, List.of(BINNENSTAD),
				"veiligheid", "overlast");
		this.forTheWholeGemeente = this.fixture.aPost("participatiemakelaar", gemeente)
			.covering("GM0344")
			.focus("inspraak")
			.confirmedOn(LocalDate.now().minusYears(2))
			.save();
		this.inOneBuurt = this.fixture.post("buurtconcierge", gemeente, null, List.of(DOMPLEIN, "WK0363KP"),
				"openbare-ruimte");
		this.elsewhere = this.fixture.post("wijkagent", this.organisation, null, List.of("WK034401"), "veiligheid");
		this.ended = this.fixture.aPost("jongerenwerker", this.organisation)
			.covering(BINNENSTAD)
			.endedOn(LocalDate.now().minusDays(1))
			.save();
	}

	@Test
	void aWijkIsReachedByItsOwnPostsThoseAroundItAndThoseInItsBuurten() {
		var response = this.mvc.get().uri("/api/v1/areas/{code}/posts", BINNENSTAD).param("size", "1000").exchange();

		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().extractingPath("$.items[?(@.id == '%s')].coverage".formatted(this.inTheWijk))
			.asArray().containsExactly("direct");
		assertThat(response).bodyJson()
			.extractingPath("$.items[?(@.id == '%s')].coverage".formatted(this.forTheWholeGemeente))
			.asArray().containsExactly("parent");
		assertThat(response).bodyJson().extractingPath("$.items[?(@.id == '%s')].coverage".formatted(this.inOneBuurt))
			.asArray().containsExactly("child");
		assertThat(response).bodyJson().extractingPath("$.items[?(@.id == '%s')].via".formatted(this.inOneBuurt))
			.asArray().containsExactly(List.of(DOMPLEIN));
		assertThat(response).bodyJson().extractingPath("$.items[*].id").asArray()
			.doesNotContain(this.elsewhere.toString(), this.ended.toString());
	}

	@Test
	void aBuurtIsReachedThroughItsWijkAndItsGemeente() {
		var response = this.mvc.get().uri("/api/v1/areas/{code}/posts", DOMPLEIN).exchange();

		assertThat(response).bodyJson().extractingPath("$.items[?(@.id == '%s')].coverage".formatted(this.inTheWijk))
			.asArray().containsExactly("parent");
		assertThat(response).bodyJson().extractingPath("$.items[?(@.id == '%s')].via[0]".formatted(this.inTheWijk))
			.asArray().containsExactly(BINNENSTAD);
		assertThat(response).bodyJson().extractingPath("$.items[?(@.id == '%s')].coverage".formatted(this.inOneBuurt))
			.asArray().containsExactly("direct");
	}

	@Test
	void thePostsCarryRoleOrganisationFocusAndConfirmation() {
		var response = this.mvc.get().uri("/api/v1/areas/{code}/posts", BINNENSTAD).param("size", "1000").exchange();
		String post = "$.items[?(@.id == '%s')]".formatted(this.inTheWijk);

		assertThat(response).bodyJson().extractingPath(post + ".role").asArray().containsExactly("wijkagent");
		assertThat(response).bodyJson().extractingPath(post + ".name").asArray().containsExactly(this.professionalName);
		assertThat(response).bodyJson().extractingPath(post + ".organisation.type").asArray().containsExactly("politie");
		assertThat(response).bodyJson().extractingPath(post + ".focus[*]").asArray().containsExactly("veiligheid", "overlast");
		assertThat(response).bodyJson().extractingPath(post + ".lastConfirmed").asArray()
			.containsExactly(LocalDate.now().toString());
		assertThat(response).bodyJson()
			.extractingPath("$.items[?(@.id == '%s')].confirmed".formatted(this.forTheWholeGemeente))
			.asArray().containsExactly(false);
	}

	@Test
	void aGemeentesPostsComeInPagesThatTogetherHoldThemAll() throws Exception {
		var all = this.mvc.get().uri("/api/v1/areas/GM0344/posts").param("size", "1000").exchange();
		int total = read(all, "$.total");
		List<String> ids = read(all, "$.items[*].id");
		assertThat(ids).hasSize(total).doesNotHaveDuplicates().contains(this.inTheWijk.toString());

		var first = this.mvc.get().uri("/api/v1/areas/GM0344/posts").param("size", "7").exchange();
		var second = this.mvc.get().uri("/api/v1/areas/GM0344/posts").param("size", "7").param("page", "1").exchange();
		List<String> pages = new ArrayList<>(read(first, "$.items[*].id"));
		pages.addAll(read(second, "$.items[*].id"));
		assertThat(pages).containsExactlyElementsOf(ids.subList(0, 14));
		assertThat((int) read(first, "$.total")).isEqualTo(total);
		assertThat(this.mvc.get().uri("/api/v1/areas/GM0344/posts").param("size", "0")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/v1/areas/GM0344/posts").param("page", "-1")).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/v1/areas/GM0344/posts").param("size", "veel")).hasStatus(400);
	}

	@Test
	void thePagesOfAnAreaTogetherAreItsWholeListInTheSameOrder() {
		AreaCode wijk = new AreaCode(BINNENSTAD);
		List<CoveringPost> all = this.socialMap.postsReaching(wijk);
		assertThat(all).extracting(CoveringPost::coverage)
			.contains(Coverage.DIRECT, Coverage.PARENT, Coverage.CHILD);

		List<CoveringPost> pages = new ArrayList<>();
		for (int page = 0; page <= all.size() / 7; page++) {
			PostPage found = this.socialMap.postsReaching(wijk, page, 7);
			assertThat(found.total()).isEqualTo(all.size());
			pages.addAll(found.items());
		}
		assertThat(pages).containsExactlyElementsOf(all);

		PostPage beyond = this.socialMap.postsReaching(wijk, Integer.MAX_VALUE, 1000);
		assertThat(beyond.items()).isEmpty();
		assertThat(beyond.total()).isEqualTo(all.size());
	}

	@Test
	void aLaterPageOrOnePastTheEndIsRightAlsoWhenAskedFirst() {
		AreaCode wijk = new AreaCode(BINNENSTAD);
		List<CoveringPost> all = this.socialMap.postsReaching(wijk);
		assertThat(all).hasSizeGreaterThan(10);

		// Each test adds posts first, so the social map has changed since any page was read.
		PostPage third = this.socialMap.postsReaching(wijk, 2, 5);
		assertThat(third.items()).containsExactlyElementsOf(all.subList(10, Math.min(15, all.size())));
		assertThat(third.total()).isEqualTo(all.size());

		this.fixture.post("buurtconcierge", this.organisation, null, List.of(DOMPLEIN), "openbare-ruimte");
		PostPage beyond = this.socialMap.postsReaching(wijk, 1000, 5);
		assertThat(beyond.items()).isEmpty();
		assertThat(beyond.total()).isEqualTo(all.size() + 1);
	}

	@Test
	void aNewPostIsCountedAtOnce() {
		AreaCode wijk = new AreaCode(BINNENSTAD);
		int before = this.socialMap.postsReaching(wijk, 0, 1).total();

		UUID added = this.fixture.post("buurtconcierge", this.organisation, null, List.of(DOMPLEIN), "openbare-ruimte");

		PostPage after = this.socialMap.postsReaching(wijk, 0, 1000);
		assertThat(after.total()).isEqualTo(before + 1);
		assertThat(after.items()).extracting(covering -> covering.post().id()).contains(added);
	}

	@Test
	void thePageKeepsNoPostOrNameLongerThanItIsTrue() {
		assertThat(this.mvc.get().uri("/gebied/{code}/wie-werkt-hier", BINNENSTAD)).bodyText().contains(this.professionalName);

		String renamed = this.professionalName.replace("Wanda", "Wilma");
		this.fixture.rename(this.professional, renamed);
		UUID added = this.fixture.aPost("opbouwwerker", this.organisation).covering(BINNENSTAD).titled("Opbouwwerk " + renamed).save();

		assertThat(this.mvc.get().uri("/gebied/{code}/wie-werkt-hier", BINNENSTAD)).bodyText()
			.contains(renamed, "Opbouwwerk " + renamed)
			.doesNotContain(this.professionalName);
		this.fixture.endPost(added);
		assertThat(this.mvc.get().uri("/gebied/{code}/wie-werkt-hier", BINNENSTAD)).bodyText()
			.doesNotContain("Opbouwwerk " + renamed);
	}

	private static <T> T read(MvcTestResult result, String path) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
	}

	@Test
	void unknownAreasAreNotFoundAndMalformedOnesToo() {
		assertThat(this.mvc.get().uri("/api/v1/areas/WK999999/posts")).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/v1/areas/<script>/posts")).hasStatus(404);
		assertThat(this.mvc.get().uri("/gebied/WK999999/wie-werkt-hier")).hasStatus(404);
	}

	@Test
	void thePageGroupsPostsByGoalAndRoleAndSaysHowEachReachesTheArea() {
		var page = this.mvc.get().uri("/gebied/{code}/wie-werkt-hier", BINNENSTAD).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("Wie werkt er in Wijk 06 Binnenstad?", "Leefbaarheid en sociale cohesie",
					"Democratie: stem en invloed van bewoners", this.professionalName, "Wijkagent",
					"Werkt in heel Utrecht, dus ook hier.", "Werkt in een deel van dit gebied: Domplein. Neude. Janskerkhof.",
					"/professionals/" + this.professional, "/organisaties/" + this.organisation)
			.contains("niet bevestigd en kunnen verouderd zijn");
	}

	@Test
	void aGemeenteShowsItsOwnPostsAndCountsThoseOfItsWijken() {
		var page = this.mvc.get().uri("/gebied/GM0344/wie-werkt-hier").exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("Per wijk in Utrecht", "/gebied/WK034406/wie-werkt-hier",
				"Voor heel Utrecht");
		assertThat(page).bodyText().doesNotContain(this.professionalName);
		assertThat(this.mvc.get().uri("/api/v1/areas/GM0344/posts").param("size", "1000")).bodyJson()
			.extractingPath("$.items[?(@.id == '%s')].coverage".formatted(this.inTheWijk))
			.asArray().containsExactly("child");
	}

	@Test
	void aPostcodeLeadsToItsNeighbourhood() {
		assertThat(this.mvc.get().uri("/wie-werkt-hier").param("postcode", "3511 AB")).hasStatus3xxRedirection()
			.redirectedUrl().matches("/gebied/(WK034406|BU0344\\w+)/wie-werkt-hier");
	}

	@Test
	void aWrongPostcodeIsExplainedInDutch() {
		assertThat(this.mvc.get().uri("/wie-werkt-hier").param("postcode", "hallo")).hasStatusOk().bodyText()
			.contains("Dit is geen postcode.");
		assertThat(this.mvc.get().uri("/wie-werkt-hier").param("postcode", "1199")).hasStatusOk().bodyText()
			.contains("Deze postcode kennen we niet.");
		assertThat(this.mvc.get().uri("/wie-werkt-hier")).hasStatusOk().bodyText().contains("Vul je postcode in");
	}

	@Test
	void aProfessionalsPageShowsTheirWorkAndTheOrganisationsPageItsPeople() {
		assertThat(this.mvc.get().uri("/professionals/{id}", this.professional)).hasStatusOk().bodyText()
			.contains(this.professionalName, "Werkgebied: Wijk 06 Binnenstad", "Politie Utrecht Centrum");
		assertThat(this.mvc.get().uri("/organisaties/{id}", this.organisation)).hasStatusOk().bodyText()
			.contains("Politie Utrecht Centrum", this.professionalName, "politie");
		assertThat(this.mvc.get().uri("/professionals/{id}", UUID.randomUUID())).hasStatus(404);
		assertThat(this.mvc.get().uri("/organisaties/geen-id")).hasStatus(404);
	}

	@Test
	void theOrganisationsWorkingInAnAreaCanBeFilteredByType() {
		assertThat(this.mvc.get().uri("/gebied/{code}/organisaties", BINNENSTAD)).hasStatusOk().bodyText()
			.contains("Politie Utrecht Centrum", "Gemeente Utrecht");
		assertThat(this.mvc.get().uri("/gebied/{code}/organisaties", BINNENSTAD).param("soort", "politie")).bodyText()
			.contains("Politie Utrecht Centrum").doesNotContain("Gemeente Utrecht ");
		assertThat(this.mvc.get().uri("/gebied/{code}/organisaties", BINNENSTAD).param("soort", "<b>")).hasStatusOk();
	}

	@Test
	void placesAreListedAndMappedPerArea() {
		UUID place = this.fixture.place("Buurthuis De Proef " + UUID.randomUUID(), "buurthuis", DOMPLEIN, 52.0907, 5.1214);

		assertThat(this.mvc.get().uri("/gebied/{code}/plekken", BINNENSTAD)).hasStatusOk().bodyText()
			.contains("Buurthuis De Proef", "/plekken/" + place);
		assertThat(this.mvc.get().uri("/api/v1/areas/{code}/places", BINNENSTAD)).bodyJson()
			.extractingPath("$.features[?(@.id == '%s')].geometry.coordinates[1]".formatted(place))
			.asArray().containsExactly(52.0907);
		assertThat(this.mvc.get().uri("/plekken/{id}", place)).hasStatusOk().bodyText()
			.contains("buurthuis", "Toegankelijk met een rolstoel.", "ma-vr 9-17 uur");
	}

}
