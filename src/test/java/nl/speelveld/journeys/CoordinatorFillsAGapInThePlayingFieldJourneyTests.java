package nl.speelveld.journeys;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.Areas;
import nl.speelveld.roles.FocusTheme;
import nl.speelveld.roles.Roles;
import nl.speelveld.socialmap.SocialMapFixture;
import nl.speelveld.socialmap.playingfield.PlayingFields;
import nl.speelveld.socialmap.playingfield.ThemeField;
import nl.speelveld.socialmap.playingfield.ThemeStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator of Utrecht signs in, walks from a wijk to its playing field, finds a theme nobody works
 * on, has a post added that works on it, and sees the gap close; the comparison of all roles in Utrecht
 * shows the new post. Every page passes axe.
 */
@SpeelveldTest
class CoordinatorFillsAGapInThePlayingFieldJourneyTests extends BrowserJourney {

	private static final String UTRECHT = "GM0344";

	private static final String CREATE_POST = "Post opslaan";

	/** Wijken of Utrecht and themes to try, themes a city wijk is least likely to have someone for first. */
	private static final List<String> WIJKEN = List.of("WK034407", "WK034408", "WK034403", "WK034401", "WK034402");

	private static final List<String> THEMES = List.of("dorpsvisie", "leefbaarheid-dorp", "buurtbudget",
			"regels-en-subsidies", "burenconflicten", "praktische-hulp");

	@Autowired
	AccountsFixture accounts;

	@Autowired
	SocialMapFixture socialMap;

	@Autowired
	PlayingFields playingFields;

	@Autowired
	Areas areas;

	@Autowired
	Roles roles;

	@Test
	void aCoordinatorSeesAGapInAWijkAndSeesItCloseOnceAPostWorksOnIt() throws IOException {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		var organisation = this.accounts.organisation("Gemeente Utrecht " + unique, OrganisationType.GEMEENTE, UTRECHT);
		String coordinator = AccountsFixture.email("coordinator");
		this.accounts.coordinator(coordinator, organisation, new AreaCode(UTRECHT));
		// The demo data fills Utrecht too, so the journey picks a wijk and theme that are a gap right now.
		Gap gap = aGapInAWijkOfUtrecht();
		signInWithPassword(coordinator);

		this.browser.open("/gebied/" + gap.wijk().code().value());
		this.browser.assertAccessible();
		this.browser.driver().findElement(By.linkText("Wie werkt er in " + gap.wijk().name() + "?")).click();
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/wie-werkt-hier"));
		this.browser.assertAccessible();
		this.browser.screenshot("speelveld-wie-werkt-hier");

		this.browser.driver().findElement(By.partialLinkText("Het speelveld")).click();
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/speelveld"));
		assertThat(this.browser.heading()).isEqualTo("Het speelveld in " + gap.wijk().name());
		assertThat(statusOf(gap.themeName())).isEqualTo("Gat");
		assertThat(gapList()).contains(gap.themeName());
		this.browser.assertAccessible();
		showRowOf(gap.themeName());
		this.browser.screenshot("speelveld-met-gat");

		String name = addAPostThatWorksOnTheTheme(gap);

		this.browser.driver().navigate().refresh();
		assertThat(statusOf(gap.themeName())).isIn("Gedekt", "Overlap");
		assertThat(rowOf(gap.themeName()).getText()).contains(name);
		assertThat(gapList()).doesNotContain(gap.themeName());
		this.browser.assertAccessible();
		showRowOf(gap.themeName());
		this.browser.screenshot("speelveld-gat-gevuld");

		this.browser.driver().findElement(By.linkText("Alle rollen in deze gemeente vergelijken")).click();
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/verkenning"));
		assertThat(this.browser.text()).contains("Rollen in Utrecht");
		String postsOnTheme = this.browser.driver()
			.findElement(By.xpath("//table[contains(@class, 'matrix')]//tr[th[@scope='row' and normalize-space()='"
					+ gap.themeName() + "']]/td[last()-1]"))
			.getText();
		assertThat(Integer.parseInt(postsOnTheme.replace(".", ""))).isPositive();
		this.browser.assertAccessible();
		this.browser.screenshot("verkenning");
	}

	/**
	 * The step that fills the gap: the coordinator puts a post for a role that works on the theme on the
	 * social map, through the post form, and comes back to the playing field.
	 */
	private String addAPostThatWorksOnTheTheme(Gap gap) throws IOException {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		String role = this.roles.all()
			.stream()
			.filter(candidate -> candidate.focus().contains(gap.theme().code()))
			.findFirst()
			.orElseThrow()
			.code();
		String employer = "Gemeente Utrecht " + unique;
		this.socialMap.organisation(employer, "gemeente", UTRECHT);
		String name = "Gijs Voorbeeld-" + unique;
		String playingField = this.browser.path();

		this.browser.open("/sociale-kaart/posten/nieuw?rol=" + role);
		this.browser.fill("titel", "Voor " + gap.themeName());
		new Select(this.browser.driver().findElement(By.id("organisatie"))).selectByVisibleText(employer + " (gemeente)");
		this.browser.fill("naam", name);
		this.browser.driver().findElement(By.id("gebied-" + gap.wijk().code().value())).click();
		WebElement theme = this.browser.driver().findElement(By.id("thema-" + gap.theme().code()));
		if (!theme.isSelected()) {
			theme.click();
		}
		this.browser.assertAccessible();
		this.browser.screenshot("speelveld-post-toevoegen");
		this.browser.press(CREATE_POST);
		assertThat(this.browser.path()).doesNotContain("/nieuw");
		this.browser.open(playingField);
		return name;
	}

	private Gap aGapInAWijkOfUtrecht() {
		for (String code : WIJKEN) {
			Area wijk = this.areas.area(new AreaCode(code), null);
			var field = this.playingFields.of(wijk);
			for (String theme : THEMES) {
				boolean gap = field.goals()
					.stream()
					.flatMap(goal -> goal.themes().stream())
					.filter(candidate -> candidate.theme().code().equals(theme))
					.map(ThemeField::status)
					.anyMatch(status -> status == ThemeStatus.GAP);
				if (gap) {
					FocusTheme found = this.roles.theme(theme).orElseThrow();
					return new Gap(wijk, found, found.name(Locale.forLanguageTag("nl")));
				}
			}
		}
		throw new AssertionError("Every theme tried is worked on in every wijk tried; pick others");
	}

	private String statusOf(String theme) {
		return rowOf(theme).findElement(By.cssSelector(".status")).getText();
	}

	private org.openqa.selenium.WebElement rowOf(String theme) {
		return this.browser.driver().findElement(By.xpath("//tr[th[@scope='row' and normalize-space()='" + theme + "']]"));
	}

	/** Scrolls the row into the middle of the window, for the screenshot. */
	private void showRowOf(String theme) {
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'});", rowOf(theme));
	}

	private String gapList() {
		return this.browser.driver().findElement(By.id("gaten")).findElement(By.xpath("..")).getText();
	}


	private record Gap(Area wijk, FocusTheme theme, String themeName) {
	}

}
