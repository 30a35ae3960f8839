package nl.speelveld.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.security.AuthorisationMatrix.Outcome;
import nl.speelveld.security.AuthorisationMatrix.Row;
import nl.speelveld.security.AuthorisationMatrix.Who;
import nl.speelveld.socialmap.assets.AssetsFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A resident shares two gifts: one public, one for professionals only. Every public endpoint of the
 * authorisation matrix, with the demo gemeente, the resident's wijk and buurt and demo areas with gifts for
 * its codes, plus the buurtkaart, its API, search and HSDS, shows the public gift at most, and never the
 * other gift, nor the resident's name or e-mail address.
 */
@SpeelveldTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GiftsStayPrivateTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	AssetsFixture assets;

	private final String marker = UUID.randomUUID().toString().substring(0, 8);

	private final String secret = "Geheimgave" + this.marker + " ik kan lassen";

	private final String open = "Openbaregave" + this.marker + " ik heb een bakfiets";

	private final String name = "Gerda Geheim" + this.marker;

	private String email;

	private UserId resident;

	private AreaCode buurt;

	private AuthorisationMatrix data;

	@BeforeAll
	void shareTwoGifts() {
		this.email = AccountsFixture.email("gerda");
		this.resident = this.accounts.person(this.email, this.name);
		share(this.secret, false);
		share(this.open, true);
		List<String> stored = this.assets.giftsOf(this.resident.value());
		assertThat(stored).hasSize(2);
		this.buurt = new AreaCode(stored.get(0).substring(stored.get(0).lastIndexOf(' ') + 1));
		this.data = AuthorisationMatrix.create(this.context);
	}

	@Test
	void noPublicEndpointShowsTheGiftForProfessionalsOrWhoSharedIt() throws Exception {
		Set<String> codes = new LinkedHashSet<>(List.of("GM0344", this.buurt.value()));
		this.buurt.impliedParent().ifPresent(wijk -> codes.add(wijk.value()));
		this.assets.demoAreasWithGiftsForProfessionals().stream().limit(3).forEach(codes::add);
		List<String> leaks = new ArrayList<>();
		int walked = 0;
		for (Row row : AuthorisationMatrix.ROWS) {
			if (!row.method().equals("GET") || row.access().get(Who.ANONYMOUS) != Outcome.ALLOWED) {
				continue;
			}
			walked += check(row.endpoint(), this.data.example(row), leaks);
			if (row.pattern().contains("{code}") && row.pattern().indexOf('{') == row.pattern().lastIndexOf('{')) {
				for (String code : codes) {
					walked += check(row.pattern() + " " + code, get(row.pattern(), code), leaks);
				}
			}
		}
		for (String query : List.of(this.marker, "lassen", "bakfiets", "Gerda")) {
			walked += check("search " + query, get("/zoeken").param("q", query), leaks);
			walked += check("social map search " + query, get("/sociale-kaart/zoeken").param("q", query), leaks);
			walked += check("search API " + query, get("/api/v1/search").param("q", query), leaks);
			walked += check("HSDS services " + query, get("/api/hsds/v3/services").param("search", query), leaks);
		}
		for (String code : codes) {
			walked += check("area page " + code, get("/gebied/{code}", code), leaks);
			walked += check("buurtkaart gifts " + code, get("/gebied/{code}/buurtkaart", code).param("categorie", "gifts"), leaks);
			walked += check("assets API gifts " + code, get("/api/v1/areas/{code}/assets", code).param("category", "gifts"), leaks);
		}
		walked += check("HSDS organizations", get("/api/hsds/v3/organizations").param("per_page", "500"), leaks);
		assertThat(leaks).as("responses that show a gift for professionals or who shared a gift").isEmpty();
		// The check does see the gift where it belongs: on the professionals' page.
		UserId professional = this.data.person(Who.PROFESSIONAL);
		List<String> seen = new ArrayList<>();
		check("professionals' page", get("/gebied/{code}/gaven", this.buurt.value()).with(user(professional.toString())), seen);
		assertThat(seen).isNotEmpty();
		assertThat(walked).isGreaterThan(100);
	}

	@Test
	void thePublicGiftIsOnTheBuurtkaartAndInTheApiWithoutThePerson() throws Exception {
		List<String> shows = new ArrayList<>();
		for (String code : List.of(this.buurt.value(), this.buurt.impliedParent().orElseThrow().value(), "GM0344")) {
			shows.add(body(get("/gebied/{code}/buurtkaart", code)));
			shows.add(body(get("/api/v1/areas/{code}/assets", code)));
			shows.add(body(get("/api/v1/areas/{code}/assets", code).param("category", "gifts")));
		}
		assertThat(shows).allSatisfy(body -> assertThat(body).contains("Openbaregave" + this.marker)
			.doesNotContain(this.secret, "Geheimgave" + this.marker, this.name, this.email, "Gerda"));
	}

	@Test
	void anotherResidentSeesOnlyThePublicGiftAndNotTheProfessionalsList() throws Exception {
		UserId other = this.accounts.person(AccountsFixture.email("buurman"), "Buurman");
		String page = body(get("/gebied/{code}/buurtkaart", this.buurt.value()).with(user(other.toString())));
		assertThat(page).contains("Openbaregave" + this.marker).doesNotContain("Geheimgave" + this.marker, this.name);
		assertThat(this.mvc.get().uri("/gebied/{code}/gaven", this.buurt.value()).with(user(other.toString())))
			.hasStatus(403);
	}

	/** Requests as an anonymous visitor; counts the request and notes a leak. */
	private int check(String what, MockHttpServletRequestBuilder request, List<String> leaks) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).getResponse();
		String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		for (String forbidden : List.of("Geheimgave" + this.marker, this.name, this.email)) {
			if (body.contains(forbidden)) {
				leaks.add(what + " shows " + forbidden);
			}
		}
		return 1;
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private void share(String text, boolean toEveryone) {
		var request = post("/mijn-gaven").param("tekst", text)
			.param("soort", "vaardigheid")
			.param("postcode", "3511 AB")
			.param("toestemming", "ja")
			.with(user(this.resident.toString()))
			.with(csrf());
		if (toEveryone) {
			request.param("openbaar", "ja");
		}
		assertThat(this.mvc.perform(request)).hasStatus3xxRedirection();
	}

}
