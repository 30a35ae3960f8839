package nl.speelveld.journeys;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.routing.questions.QuestionsFixture;
import nl.speelveld.routing.questions.QuestionsFixture.Holder;
import nl.speelveld.shared.mail.Outbox;
import nl.speelveld.socialmap.SocialMapFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident leaves a question with the wijkagent the wegwijzer showed and confirms it from the mail; the
 * wijkagent signs in, finds it in the inbox, and hands it warmly to an opbouwwerker with a note; the
 * resident's status page then shows the opbouwwerker and why. A coordinator sets an organisation's response
 * term. In Chromium, with the keyboard where it counts and an axe check of every page.
 */
@SpeelveldTest
class ProfessionalHandsOffAQuestionJourneyTests extends BrowserJourney {

	/** A buurt of the Binnenstad that other tests leave alone, so that the opbouwwerker here is the one found. */
	private static final String BUURT = "BU03440626";

	@Autowired
	AccountsFixture accounts;

	@Autowired
	SocialMapFixture socialMap;

	@Autowired
	QuestionsFixture questions;

	@Autowired
	Outbox outbox;

	private String unique;

	@BeforeEach
	void startSignedOut() {
		this.unique = UUID.randomUUID().toString().substring(0, 6);
		this.browser.open("/");
		this.browser.forgetSession();
	}

	@Test
	void aQuestionLeftWithTheWijkagentIsHandedToAnOpbouwwerkerAndTheResidentSeesWhoHasItNow() throws IOException {
		String agentEmail = AccountsFixture.email("wijkagent");
		String agentName = "Wim Wijkagent " + this.unique;
		UUID police = this.socialMap.organisation("Politie Binnenstad " + this.unique, "politie", "GM0344");
		UUID employer = this.accounts.organisation("Politie " + this.unique, OrganisationType.POLITIE, "GM0344");
		UserId agent = this.accounts.professional(agentEmail, employer);
		UUID profile = this.socialMap.professional(agentName, agent.value());
		UUID agentPost = this.socialMap.aPost("wijkagent", police).heldBy(profile).covering("WK034406").save();
		Holder opbouwwerker = this.questions.holder("opbouwwerker", BUURT, "Olga");
		String question = "Er wordt gedeald in ons portiek " + this.unique + ". Wat kan ik doen?";
		String residentEmail = AccountsFixture.email("bewoner");

		// The wegwijzer's answer offers a form per person; here the browser sends that form itself.
		this.browser.open("/inloggen");
		((JavascriptExecutor) this.browser.driver()).executeScript("""
				const form = document.createElement('form');
				form.method = 'post';
				form.action = '/wegwijzer/achterlaten';
				const fields = {question: arguments[0], area: arguments[1], post: arguments[2], role: 'wijkagent',
					_csrf: document.querySelector('input[name=_csrf]').value};
				for (const [name, value] of Object.entries(fields)) {
					const input = document.createElement('input');
					input.type = 'hidden'; input.name = name; input.value = value; form.appendChild(input);
				}
				document.body.appendChild(form);
				form.submit();""", question, BUURT, agentPost.toString());
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> "Laat je vraag achter".equals(this.browser.heading()));
		assertThat(this.browser.text()).contains(agentName, "Wijkagent", "Politie Binnenstad " + this.unique,
				"na 6 maanden");
		this.browser.assertAccessible();
		this.browser.screenshot("vraag-achterlaten");

		this.browser.press("Vraag versturen");
		assertThat(this.browser.text()).contains("Vul je e-mailadres in.", "Vink aan dat je akkoord gaat.");
		this.browser.assertAccessible();
		this.browser.screenshot("vraag-achterlaten-fouten");

		leaveQuestionWithTheKeyboard(residentEmail);
		assertThat(this.browser.text()).contains(residentEmail);
		this.browser.assertAccessible();
		this.browser.screenshot("vraag-controleer-je-mail");

		String link = this.accounts.linkInMailTo(residentEmail);
		this.browser.open(link);
		assertThat(this.browser.heading()).isEqualTo("Bevestig je vraag");
		assertThat(this.browser.text()).contains(question);
		this.browser.assertAccessible();
		this.browser.screenshot("vraag-bevestigen");
		this.browser.press("Ja, verstuur mijn vraag");
		assertThat(this.browser.text()).contains("Je vraag is verstuurd naar " + agentName,
				"Je vraag is aangekomen bij " + agentName);
		this.browser.assertAccessible();
		this.browser.screenshot("vraag-status-aangekomen");

		this.browser.forgetSession();
		signInWithPassword(agentEmail);
		this.browser.driver().findElement(By.linkText("Vragen van bewoners")).click();
		assertThat(this.browser.heading()).isEqualTo("Vragen van bewoners");
		assertThat(this.browser.text()).contains("Er wordt gedeald in ons portiek " + this.unique, "Nieuw");
		this.browser.assertAccessible();
		this.browser.screenshot("inbox");

		tabUntil(element -> element.getText().startsWith("Er wordt gedeald in ons portiek " + this.unique));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10))
			.until(driver -> "Vraag van een bewoner".equals(this.browser.heading()));
		assertThat(this.browser.text()).contains(question, "Reageer uiterlijk");
		this.browser.assertAccessible();
		this.browser.screenshot("inbox-vraag");

		this.browser.press("Doorgeven aan deze rol");
		assertThat(this.browser.text()).contains("Schrijf op waarom je de vraag doorgeeft.");
		this.browser.assertAccessible();
		this.browser.screenshot("inbox-vraag-fout");

		String note = "Olga kent de bewoners van jullie portiek en de woningcorporatie.";
		handOffToRoleWithTheKeyboard("Opbouwwerker", note);
		assertThat(this.browser.text()).contains("De vraag is doorgegeven aan " + opbouwwerker.name())
			.doesNotContain("Er wordt gedeald in ons portiek " + this.unique);
		this.browser.assertAccessible();
		this.browser.screenshot("inbox-doorgegeven");

		this.browser.forgetSession();
		this.browser.open(this.accounts.linkInMailTo(residentEmail));
		assertThat(this.browser.text()).contains("Wie heeft je vraag nu?", opbouwwerker.name() + " (Opbouwwerker",
				opbouwwerker.organisationName(), agentName + " heeft je vraag doorgegeven aan " + opbouwwerker.name(), note,
				"Je vraag is aangekomen en wacht op een reactie.");
		this.browser.assertAccessible();
		this.browser.screenshot("vraag-status-doorgegeven");
	}

	@Test
	void theResidentReadsTheAnswerAndTheOutcomeAndThenDeletesEverything() throws IOException {
		Holder agent = this.questions.holder("wijkagent", "WK034406", "Wendy");
		String residentEmail = AccountsFixture.email("bewoner");
		String token = this.questions.delivered(agent, "WK034406", "Wie kan de kapotte lantaarnpaal laten maken?",
				residentEmail);
		UUID id = this.questions.id(token);
		this.questions.answer(id, agent, "Ik heb het doorgegeven aan de gemeente. Die komt deze week.");
		this.questions.close(id, agent, "helped", "Laat het me weten als het niet gebeurt.");

		this.browser.open("/wegwijzer/vraag/" + token);
		assertThat(this.browser.text()).contains("Je vraag is afgesloten.", "Je bent geholpen.",
				"Ik heb het doorgegeven aan de gemeente.", "Laat het me weten als het niet gebeurt.");
		this.browser.assertAccessible();
		this.browser.screenshot("vraag-status-afgesloten");

		tabUntil(element -> "Vraag intrekken en verwijderen".equals(element.getText()));
		press(Keys.ENTER);
		this.browser.press("Ja, trek mijn vraag in en verwijder alles");
		assertThat(this.browser.heading()).isEqualTo("Je vraag is ingetrokken");
		this.browser.assertAccessible();
		this.browser.screenshot("vraag-ingetrokken");

		this.browser.open("/wegwijzer/vraag/" + token);
		assertThat(this.browser.text()).contains("Je vraag en je e-mailadres zijn verwijderd.")
			.doesNotContain("Wie kan de kapotte lantaarnpaal laten maken?", "Ik heb het doorgegeven");
		this.browser.assertAccessible();
		this.browser.screenshot("vraag-status-verwijderd");

		this.browser.open("/wegwijzer/vraag/" + UUID.randomUUID().toString().replace("-", "") + "abcdefghijk");
		assertThat(this.browser.heading()).isEqualTo("Deze link werkt niet (meer)");
		this.browser.assertAccessible();
		this.browser.screenshot("vraag-link-werkt-niet");

		String late = this.questions.left(agent, "WK034406", "Te laat", AccountsFixture.email("laat"));
		this.questions.leftAgo(this.questions.id(late), Duration.ofHours(50));
		this.browser.open("/wegwijzer/vraag/" + late + "?lang=en");
		assertThat(this.browser.heading()).isEqualTo("This link has expired");
		this.browser.assertAccessible();
		this.browser.screenshot("vraag-link-verlopen-en");
		this.browser.open("/wegwijzer/vraag/" + late + "?lang=nl");
	}

	@Test
	void aCoordinatorGivesAnOrganisationItsOwnResponseTerm() throws IOException {
		UUID office = this.accounts.organisation("Gemeente Utrecht " + this.unique, OrganisationType.GEMEENTE, "GM0344");
		String email = AccountsFixture.email("coordinator");
		this.accounts.coordinator(email, office, new AreaCode("GM0344"));
		Holder holder = this.questions.holder("sociaal-makelaar", "WK034406", "Sam");
		signInWithPassword(email);

		this.browser.open("/beheer");
		this.browser.driver().findElement(By.linkText("Reactietermijnen")).click();
		this.browser.fill("naam", holder.organisationName());
		this.browser.press("Tonen");
		assertThat(this.browser.text()).contains(holder.organisationName(), "3 werkdagen (standaard)");
		this.browser.assertAccessible();

		this.browser.fill("dagen-" + holder.organisation(), "40");
		this.browser.press("Opslaan " + holder.organisationName());
		assertThat(this.browser.text()).contains("Vul een aantal werkdagen in van 1 tot en met 30");
		this.browser.assertAccessible();
		this.browser.screenshot("reactietermijnen-fout");

		this.browser.fill("dagen-" + holder.organisation(), "5");
		this.browser.press("Opslaan " + holder.organisationName());
		assertThat(this.browser.text()).contains("De reactietermijn is opgeslagen.", "5 werkdagen");
		this.browser.assertAccessible();
		this.browser.screenshot("reactietermijnen");
	}


}
