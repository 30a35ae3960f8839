package nl.speelveld.journeys;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Predicate;

import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.shared.security.FormGuard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A journey class drives one Chromium through Speelveld on its random port, opened once for all its tests. */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourney {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void openBrowser() throws IOException {
		this.browser = new Browser(address());
	}

	@AfterAll
	void closeBrowser() throws IOException {
		this.browser.close();
	}

	/** Where the browser finds Speelveld. */
	String address() {
		return "http://localhost:" + this.port;
	}

	/** Keys as a keyboard user presses them, wherever the focus is. */
	void press(CharSequence key) {
		new Actions(this.browser.driver()).sendKeys(key).perform();
	}

	void type(String text) {
		new Actions(this.browser.driver()).sendKeys(text).perform();
	}

	WebElement focused() {
		return this.browser.driver().switchTo().activeElement();
	}

	/**
	 * Presses Tab until the focused element matches, as a keyboard user would; fails after 400 presses. An
	 * element that went stale belonged to a page that was still being replaced: it is asked about again.
	 */
	void tabUntil(Predicate<WebElement> wanted) {
		for (int i = 0; i < 400; i++) {
			try {
				if (wanted.test(focused())) {
					return;
				}
			}
			catch (StaleElementReferenceException pageWasReplaced) {
				this.browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> "complete"
					.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
				continue;
			}
			press(Keys.TAB);
		}
		throw new AssertionError("Could not reach the element with the keyboard on " + this.browser.path());
	}

	/** Presses Enter on the focused element and waits until the browser shows the page that follows. */
	void pressEnterForTheNextPage() {
		var before = this.browser.driver().findElement(By.tagName("html"));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(before));
	}

	/** Tabs to the field with this id and types into it. */
	void keyboardFill(String id, String text) {
		tabUntil(element -> id.equals(element.getAttribute("id")));
		type(text);
	}

	/** Tabs to the field with this id, selects what it holds and types over it. */
	void keyboardReplace(String id, String text) {
		tabUntil(element -> id.equals(element.getAttribute("id")));
		new Actions(this.browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
		type(text);
	}

	/** Tabs to the button and presses Enter, then waits for the next page. */
	void keyboardPress(String buttonText) {
		tabUntil(element -> buttonText.equals(element.getText()));
		pressEnterForTheNextPage();
	}

	/**
	 * Waits as long as a person at least takes to read a form before sending it: public forms refuse what
	 * comes back faster, as robots do.
	 */
	void readAsAPersonWould() {
		try {
			Thread.sleep(FormGuard.FASTEST.toMillis());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** On the page for leaving a question with a professional: the address, the consent and send, by keyboard. */
	void leaveQuestionWithTheKeyboard(String email) {
		tabUntil(element -> "email".equals(element.getAttribute("id")));
		type(email);
		tabUntil(element -> "consent".equals(element.getAttribute("id")));
		press(Keys.SPACE);
		tabUntil(element -> "Vraag versturen".equals(element.getText()));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> "Kijk in je mail".equals(this.browser.heading()));
	}

	/** On a question in the inbox: hands it to a role with a note, by keyboard, and waits for the inbox. */
	void handOffToRoleWithTheKeyboard(String role, String note) {
		tabUntil(element -> "to-role".equals(element.getAttribute("id")));
		type(role);
		tabUntil(element -> "note-role".equals(element.getAttribute("id")));
		type(note);
		tabUntil(element -> "Doorgeven aan deze rol".equals(element.getText()));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> this.browser.path().equals("/inbox"));
	}

	/** Signs in on the sign-in page with the password every test account has. */
	void signInWithPassword(String email) {
		this.browser.open("/inloggen");
		this.browser.fill("wachtwoord-email", email);
		this.browser.fill("wachtwoord", AccountsFixture.PASSWORD);
		this.browser.press("Inloggen");
		assertThat(this.browser.path()).as("signed in as %s", email).startsWith("/account");
	}

}
