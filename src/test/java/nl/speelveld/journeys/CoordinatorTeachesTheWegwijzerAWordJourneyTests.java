package nl.speelveld.journeys;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.areas.AreaCode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator finds that the wegwijzer does not know a word residents use for a quarrel, adds it to the
 * topic of conflicts between neighbours with the keyboard only, and sees in the try-out box that the same
 * question now goes to the buurtbemiddelaar first, with the word as the reason. Every page passes axe.
 */
@SpeelveldTest
class CoordinatorTeachesTheWegwijzerAWordJourneyTests extends BrowserJourney {

	/** Bonje is informal Dutch for a quarrel; the seeded knowledge does not have it. */
	private static final String QUESTION = "Wij hebben al weken bonje met de mensen van hiernaast.";

	private static final String MEDIATOR = "Buurtbemiddelaar";

	@Autowired
	AccountsFixture accounts;

	@Test
	void aCoordinatorAddsATermAndTheTryOutBoxThenRanksItsRoleFirst() throws IOException {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		UUID employer = this.accounts.organisation("Gemeente Utrecht " + unique, OrganisationType.GEMEENTE, "GM0344");
		String coordinator = AccountsFixture.email("coordinator");
		this.accounts.coordinator(coordinator, employer, new AreaCode("GM0344"));
		signInWithPassword(coordinator);

		this.browser.open("/beheer");
		follow("Kennis van de wegwijzer");
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/beheer/wegwijzer"));
		assertThat(this.browser.heading()).isEqualTo("Kennis van de wegwijzer");
		this.browser.assertAccessible();

		tryTheQuestion();
		assertThat(firstRole()).as("before the word is known").doesNotStartWith(MEDIATOR);
		this.browser.assertAccessible();
		this.browser.screenshot("wegwijzer-kennis-probeer-voor");

		follow("Een conflict met de buren");
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/onderwerpen/burenruzie"));
		assertThat(this.browser.heading()).isEqualTo("Onderwerp: Een conflict met de buren");
		this.browser.assertAccessible();

		tabUntil(element -> "woord".equals(element.getAttribute("id")));
		type("bonje");
		WebElement page = this.browser.driver().findElement(By.tagName("html"));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
		assertThat(this.browser.text()).contains("Het woord is toegevoegd.");
		assertThat(this.browser.driver().findElement(By.id("woorden")).getText()).contains("bonje");
		this.browser.assertAccessible();
		show(this.browser.driver().findElement(By.cssSelector(".notice--done")));
		this.browser.screenshot("wegwijzer-kennis-woord-toegevoegd");

		follow("Probeer een vraag en zie wat je wijziging doet");
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/beheer/wegwijzer#probeer"));
		tryTheQuestion();
		assertThat(firstRole()).as("once the word is known").startsWith(MEDIATOR);
		assertThat(firstRow().getText()).contains("bonje");
		this.browser.assertAccessible();
		show(firstRow());
		this.browser.screenshot("wegwijzer-kennis-probeer-na");
	}

	/** Types the question in the try-out box and sends it, with the keyboard only. */
	private void tryTheQuestion() {
		tabUntil(element -> "vraag".equals(element.getAttribute("id")));
		type(QUESTION);
		tabUntil(element -> "button".equals(element.getTagName()) && "Probeer".equals(element.getText()));
		WebElement page = this.browser.driver().findElement(By.tagName("html"));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
		assertThat(this.browser.driver().findElement(By.id("vraag")).getAttribute("value")).isEqualTo(QUESTION);
	}

	/** Tabs to the link with this text and follows it with Enter. */
	private void follow(String linkText) {
		tabUntil(element -> "a".equals(element.getTagName()) && linkText.equals(element.getText()));
		WebElement page = this.browser.driver().findElement(By.tagName("html"));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
	}

	private WebElement firstRow() {
		return this.browser.driver().findElement(By.cssSelector(".tried-table tbody tr"));
	}

	private String firstRole() {
		return firstRow().findElement(By.tagName("th")).getText();
	}

	private void show(WebElement element) {
		((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
				element);
	}


}
