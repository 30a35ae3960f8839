package nl.speelveld.journeys;

import java.io.IOException;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.discussion.DiscussionFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.shared.security.FormGuard;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident of the Groningen city centre reports a rude comment on a proposal, with a reason; the wijk's
 * moderator finds it in the queue and hides it with a reason; the public page then shows the reason in its
 * place and nothing of the text. In Chromium, by keyboard only, with an axe check of every page.
 */
@SpeelveldTest
class ModeratorHidesACommentJourneyTests extends BrowserJourney {

	private static final AreaCode CENTRUM = new AreaCode("WK001400");

	private static final String RUDE = "Wie hier een bankje wil is gek en hoort hier niet thuis.";

	private static final String REASON = "Deze reactie scheldt mensen uit.";

	@Autowired
	ProcessFixture processes;

	@Autowired
	DiscussionFixture discussion;

	@Autowired
	AccountsFixture accounts;

	@Test
	void aReportedCommentIsHiddenByTheModeratorAndThePublicSeesOnlyTheReason() throws IOException, InterruptedException {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).titled("Groener Centrum " + UUID.randomUUID().toString().substring(0, 6)).open();
		UUID proposal = this.discussion.proposal(process, null, "Bankjes op de Vismarkt");
		this.discussion.argument(proposal, null, "Anna", "for", "Ouderen kunnen even zitten.");
		UserId writer = this.accounts.person(AccountsFixture.email("schrijver"), "Sam Schrijver");
		UUID first = this.discussion.comment(proposal, null, null, "Bram", "Waar komen ze precies?", "visible");
		UUID rude = this.discussion.comment(proposal, first, writer, "Sam Schrijver", RUDE, "visible");
		String reporter = AccountsFixture.email("melder");
		this.accounts.person(reporter, "Mia Melder");
		String moderator = AccountsFixture.email("moderator");
		UUID gemeente = this.accounts.organisation("Gemeente Groningen " + UUID.randomUUID(), OrganisationType.GEMEENTE, "GM0014");
		this.accounts.moderator(moderator, gemeente, CENTRUM);
		String discussionPage = "/participatie/" + process.id() + "/voorstellen/" + proposal;

		// The resident reports the comment
		this.browser.open("/");
		this.browser.forgetSession();
		signInWithPassword(reporter);
		this.browser.open(discussionPage);
		assertThat(this.browser.text()).contains(RUDE, "Voor (1)", "Reacties (2)");
		this.browser.assertAccessible();
		this.browser.screenshot("moderatie-1-discussie");
		tabUntil(element -> String.valueOf(element.getAttribute("href")).endsWith("item=" + rude));
		pressEnterForTheNextPage();
		assertThat(this.browser.heading()).isEqualTo("Reactie melden");
		this.browser.assertAccessible();
		this.browser.screenshot("moderatie-2-melden");
		tabUntil(element -> "reden-spam".equals(element.getAttribute("id")));
		press(Keys.ARROW_DOWN);
		tabUntil(element -> "melding-toelichting".equals(element.getAttribute("id")));
		type("Hij scheldt andere bewoners uit.");
		// People read what they report; the guard refuses a form sent within seconds of being shown.
		Thread.sleep(FormGuard.FASTEST.toMillis());
		tabUntil(element -> "Melding versturen".equals(element.getText()));
		pressEnterForTheNextPage();
		assertThat(this.browser.heading()).isEqualTo("Bedankt voor je melding");
		this.browser.assertAccessible();
		this.browser.screenshot("moderatie-3-gemeld");

		// The moderator of the wijk hides it with a reason
		this.browser.forgetSession();
		signInWithPassword(moderator);
		// The menu leads a moderator, who administers nothing else, straight to the moderation queue
		keyboardPress("Moderatie");
		assertThat(this.browser.path()).isEqualTo("/beheer/moderatie");
		assertThat(this.browser.text()).contains(RUDE, "1 keer gemeld", "Beledigend, discriminerend of bedreigend",
				"Hij scheldt andere bewoners uit.");
		this.browser.assertAccessible();
		this.browser.screenshot("moderatie-4-wachtrij");
		tabUntil(element -> ("item-" + rude).equals(element.getAttribute("id")));
		press(Keys.SPACE);
		tabUntil(element -> "actie-approve".equals(element.getAttribute("id")));
		press(Keys.ARROW_DOWN);
		tabUntil(element -> "reason".equals(element.getAttribute("id")));
		type(REASON);
		tabUntil(element -> "Uitvoeren".equals(element.getText()));
		pressEnterForTheNextPage();
		assertThat(this.browser.text()).contains("Gedaan. De berichten zijn behandeld.").doesNotContain(RUDE);
		this.browser.assertAccessible();
		this.browser.screenshot("moderatie-5-behandeld");
		tabUntil(element -> "Logboek van de moderatie".equals(element.getText()));
		pressEnterForTheNextPage();
		assertThat(this.browser.text()).contains("Moderator Test", "Reactie verborgen", REASON);
		this.browser.assertAccessible();
		this.browser.screenshot("moderatie-6-logboek");

		// Everyone now sees the reason in its place, and nothing of the text
		this.browser.forgetSession();
		this.browser.open(discussionPage);
		assertThat(this.browser.text()).contains("Verborgen door een moderator: " + REASON, "Waar komen ze precies?")
			.doesNotContain(RUDE);
		assertThat(this.browser.driver().getPageSource()).doesNotContain("is gek en hoort", "hoort hier niet thuis");
		this.browser.assertAccessible();
		this.browser.screenshot("moderatie-7-verborgen");
	}

}
