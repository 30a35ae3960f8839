package nl.speelveld.routing.web;

import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.socialmap.SocialMapFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpeelveldTest
class WegwijzerControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SocialMapFixture socialMap;

	@Autowired
	AccountsFixture accounts;

	@Test
	void theFormAsksForAQuestionAndAPostcodeAndPromisesNotToKeepIt() {
		assertThat(this.mvc.get().uri("/wegwijzer")).hasStatusOk()
			.bodyText()
			.contains("Wie kan mij helpen?", "name=\"vraag\"", "name=\"postcode\"", "We bewaren je vraag niet");
	}

	@Test
	void theAnswerExplainsTheRolesAndShowsThePeopleWithAWayToLeaveTheQuestion() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		UUID police = this.socialMap.organisation("Politie Oude Wijken " + unique, "politie", "GM0014");
		UUID post = this.socialMap.aPost("wijkagent", police)
			.heldBy(this.socialMap.professional("Wendy Wijkagent " + unique))
			.ownedBy(this.accounts.person(AccountsFixture.email("wendy"), "Wendy").value())
			.covering("WK001403")
			.save();
		this.socialMap.aPost("wijkagent", police).titled("Wijkagent zonder inbox " + unique).covering("WK001403").save();

		String page = this.mvc.post().uri("/wegwijzer").with(csrf())
			.param("vraag", "Er wordt gedeald in ons portiek")
			.param("gebied", "WK001403")
			.exchange()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Nummer 1:", "Wijkagent", "Waarom deze rol?", "drugs en criminaliteit",
				"Wendy Wijkagent " + unique, "Politie Oude Wijken " + unique, "action=\"/wegwijzer/achterlaten\"",
				"name=\"post\" value=\"" + post + "\"", "name=\"area\" value=\"WK001403\"",
				"Laat je vraag achter bij Wendy Wijkagent " + unique,
				"Wijkagent zonder inbox " + unique + " ontvangt nog geen vragen via Speelveld");
		assertThat(page).doesNotContain("Laat je vraag achter bij Wijkagent zonder inbox");
		assertThat(page.indexOf("Nummer 1:")).isLessThan(page.indexOf("Nummer 2:"));
	}

	@Test
	void problemsAreShownNextToTheFieldsInDutch() throws Exception {
		assertThat(answer("", "3511")).contains("Vul je vraag in.", "aria-invalid=\"true\"");
		assertThat(answer("Overlast", "")).contains("Vul je postcode in");
		assertThat(answer("Overlast", "1004")).contains("1004");
		assertThat(answer("x".repeat(2001), "3511")).contains("hoogstens 2000 tekens");
	}

	@Test
	void theQuestionIsShownBackAsTextNotAsMarkup() throws Exception {
		String page = answer("<script>alert('x')</script> overlast", "3511");

		assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
	}

	private String answer(String question, String postcode) throws Exception {
		return this.mvc.post().uri("/wegwijzer").with(csrf()).param("vraag", question).param("postcode", postcode)
			.exchange()
			.getResponse()
			.getContentAsString();
	}

}
