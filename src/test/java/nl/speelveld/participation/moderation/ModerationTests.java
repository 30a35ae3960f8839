package nl.speelveld.participation.moderation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.accounts.privacy.PersonalData;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ContentHidden;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.discussion.DiscussionEvents;
import nl.speelveld.participation.discussion.DiscussionFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.shared.security.FormGuardFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static nl.speelveld.initiatives.InitiativeCast.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Reports and the moderation queue: a report counts once per person; moderators of the area approve, hide
 * with a reason or dismiss, several items at once; others are refused; hidden text never reaches the public,
 * and the author hears why.
 */
@SpeelveldTest
class ModerationTests {

	/** Wijk Centrum of Groningen. */
	private static final AreaCode CENTRUM = new AreaCode("WK001400");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProcessFixture processes;

	@Autowired
	DiscussionFixture discussion;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	FormGuardFixture guard;

	@Autowired
	DiscussionEvents events;

	@Autowired
	PersonalData personalData;

	@Autowired
	JdbcClient jdbc;

	private Process process;

	private UUID proposal;

	private UserId author;

	private UserId reporter;

	private UserId moderator;

	@BeforeEach
	void aDiscussionInTheCentreOfGroningen() {
		this.process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		this.proposal = this.discussion.proposal(this.process, null, "Een hondenuitlaatplek");
		this.author = this.accounts.person(AccountsFixture.email("schrijver"), "Sam Schrijver");
		this.reporter = this.accounts.person(AccountsFixture.email("melder"), "Mia Melder");
		UUID gemeente = this.accounts.organisation("Gemeente Groningen " + UUID.randomUUID(), OrganisationType.GEMEENTE, "GM0014");
		this.moderator = this.accounts.moderator(AccountsFixture.email("moderator"), gemeente, CENTRUM);
	}

	@Test
	void aModeratorFindsTheQueueFromTheirAccountPage() {
		assertThat(this.mvc.get().uri("/account").with(signedIn(this.moderator))).hasStatusOk()
			.bodyText()
			.contains("href=\"/beheer/moderatie\"");
		assertThat(this.mvc.get().uri("/account").with(signedIn(this.reporter))).hasStatusOk()
			.bodyText()
			.doesNotContain("href=\"/beheer/moderatie\"");
	}

	@Test
	void aSecondReportOfTheSamePersonCountsOnce() {
		UUID comment = comment("Alle honden moeten weg, die eigenaren zijn tuig.");

		assertThat(report(this.reporter, "reactie", comment, "offensive")).hasStatusOk().bodyText().contains("Bedankt voor je melding");
		assertThat(report(this.reporter, "reactie", comment, "spam")).hasStatusOk();

		assertThat(reports(comment)).isEqualTo(1);
		assertThat(this.mvc.get().uri("/beheer/moderatie").with(signedIn(this.moderator))).hasStatusOk()
			.bodyText()
			.contains("Alle honden moeten weg", "1 keer gemeld", "Beledigend");
	}

	@Test
	void aReportNeedsAReasonAndThePassedGuardAndKeepsWhatWasWritten() {
		UUID comment = comment("Iets om te melden.");

		assertThat(this.mvc.post().uri(page() + "/melden").with(user(this.reporter.toString())).with(csrf()).with(this.guard.passes())
			.param("soort", "reactie").param("item", comment.toString()).param("toelichting", "Dit klopt niet."))
			.hasStatus(400)
			.bodyText()
			.contains("Kies een reden.", "Dit klopt niet.</textarea>");
		assertThat(this.mvc.post().uri(page() + "/melden").with(user(this.reporter.toString())).with(csrf())
			.param("website", "ik ben een robot").param("soort", "reactie").param("item", comment.toString()).param("reden", "spam"))
			.hasStatus(400);
		assertThat(reports(comment)).isZero();
	}

	@Test
	void aModeratorHidesSeveralItemsWithOneReasonAndTheTextIsGoneFromThePublicPage() {
		UUID first = comment("Bel mij op 06-12345678, dan regel ik het.");
		UUID second = comment("Nog een keer: 06-12345678.");
		UUID argument = this.discussion.argument(this.proposal, this.author, "Sam Schrijver", "for", "Mijn adres is Dorpsstraat 1.");
		report(this.reporter, "reactie", first, "personal");

		assertThat(act(this.moderator, "hide", "Er stonden persoonlijke gegevens in.", "comment:" + first, "comment:" + second,
				"argument:" + argument))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/beheer/moderatie");

		for (MvcTestResult page : List.of(discussionPage(null), discussionPage(this.reporter), discussionPage(this.author))) {
			assertThat(page).hasStatusOk()
				.bodyText()
				.doesNotContain("06-12345678", "Dorpsstraat 1")
				.contains("Verborgen door een moderator: Er stonden persoonlijke gegevens in.");
		}
		assertThat(this.discussion.moderation("participation_comment", first)).isEqualTo("hidden");
		assertThat(this.jdbc.sql("select handled from participation_report where content_id = ?").param(first).query(String.class).single())
			.isEqualTo("hidden");
		assertThat(this.jdbc.sql("select message_key, arguments, link from acc_notice where recipient_id = ? order by occurred_at")
			.param(this.author.value())
			.query((rs, n) -> rs.getString(1) + " " + String.join("|", (String[]) rs.getArray(2).getArray()) + " " + rs.getString(3))
			.list())
			.hasSize(3)
			.allSatisfy(notice -> assertThat(notice).contains("moderation.notice.hidden.", "Er stonden persoonlijke gegevens in.")
				.doesNotContain("06-12345678"))
			.anySatisfy(notice -> assertThat(notice).endsWith(page() + "#reactie-" + first));
		assertThat(this.events.about(this.process.id())).filteredOn(ContentHidden.class::isInstance).hasSize(3);
		assertThat(this.mvc.get().uri("/beheer/moderatie/logboek").with(signedIn(this.moderator))).hasStatusOk()
			.bodyText()
			.contains("Moderator Test", "Reactie verborgen", "Argument verborgen", "Er stonden persoonlijke gegevens in.");
		assertThat(this.jdbc.sql("select count(*) from acc_audit where action = 'participation-content-hidden' and subject_id = ?")
			.param(first.toString()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void approvingAHeldCommentShowsItAndTellsItsAuthor() {
		UUID held = this.discussion.comment(this.proposal, null, this.author, "Sam Schrijver", "Een eerste reactie.", "held");
		assertThat(this.mvc.get().uri("/beheer/moderatie").with(signedIn(this.moderator))).bodyText().contains("Een eerste reactie.", "Wacht op goedkeuring");

		assertThat(act(this.moderator, "approve", "", "comment:" + held)).hasStatus3xxRedirection();

		assertThat(this.discussion.moderation("participation_comment", held)).isEqualTo("visible");
		assertThat(discussionPage(null)).bodyText().contains("Een eerste reactie.");
		assertThat(this.jdbc.sql("select message_key from acc_notice where recipient_id = ?").param(this.author.value())
			.query(String.class).list()).containsExactly("moderation.notice.approved.comment");
		assertThat(this.mvc.get().uri("/beheer/moderatie").with(signedIn(this.moderator))).bodyText().doesNotContain("Een eerste reactie.");
	}

	@Test
	void dismissingReportsKeepsTheCommentAndTakesItOffTheQueue() {
		UUID comment = comment("Ik vind het een slecht plan.");
		report(this.reporter, "reactie", comment, "other");

		assertThat(act(this.moderator, "dismiss", "Een mening mag.", "comment:" + comment)).hasStatus3xxRedirection();

		assertThat(this.discussion.moderation("participation_comment", comment)).isEqualTo("visible");
		assertThat(this.mvc.get().uri("/beheer/moderatie").with(signedIn(this.moderator))).bodyText().doesNotContain("Ik vind het een slecht plan.");
		assertThat(this.mvc.get().uri("/beheer/moderatie/logboek").with(signedIn(this.moderator))).bodyText()
			.contains("Reactie: meldingen afgewezen", "Een mening mag.");
	}

	@Test
	void hidingNeedsAReasonAndChangesNothingWithout() {
		UUID comment = comment("Twijfelachtig.");

		assertThat(act(this.moderator, "hide", " ", "comment:" + comment)).hasStatus(400).bodyText().contains("Geef een reden.");
		assertThat(act(this.moderator, null, "", "comment:" + comment)).hasStatus(400).bodyText().contains("Kies wat je met de berichten doet.");
		assertThat(this.discussion.moderation("participation_comment", comment)).isEqualTo("visible");
	}

	@Test
	void someoneWhoModeratesNowhereOrElsewhereIsRefusedAndChangesNothing() {
		UUID comment = comment("Blijft staan.");
		UUID amsterdam = this.accounts.organisation("Gemeente Amsterdam " + UUID.randomUUID(), OrganisationType.GEMEENTE, "GM0363");
		UserId elsewhere = this.accounts.moderator(AccountsFixture.email("moderator-amsterdam"), amsterdam, new AreaCode("GM0363"));
		UserId otherWijk = this.accounts.moderator(AccountsFixture.email("moderator-oosterpark"), amsterdam, new AreaCode("WK001404"));

		assertThat(this.mvc.get().uri("/beheer/moderatie").with(signedIn(this.reporter))).hasStatus(403);
		assertThat(this.mvc.get().uri("/beheer/moderatie/logboek").with(signedIn(this.reporter))).hasStatus(403);
		assertThat(act(this.reporter, "hide", "Weg ermee.", "comment:" + comment)).hasStatus(403);
		assertThat(act(elsewhere, "hide", "Weg ermee.", "comment:" + comment)).hasStatus(403);
		assertThat(act(otherWijk, "hide", "Weg ermee.", "comment:" + comment)).hasStatus(403);
		assertThat(this.mvc.get().uri("/beheer/moderatie").with(signedIn(elsewhere))).hasStatusOk().bodyText().doesNotContain("Blijft staan.");
		assertThat(this.discussion.moderation("participation_comment", comment)).isEqualTo("visible");
	}

	@Test
	void theCoordinatorOfTheGemeenteAndAdministratorsModerateToo() {
		UUID gemeente = this.accounts.organisation("Gemeente Groningen " + UUID.randomUUID(), OrganisationType.GEMEENTE, "GM0014");
		UserId coordinator = this.accounts.coordinator(AccountsFixture.email("coordinator"), gemeente, new AreaCode("GM0014"));
		UserId administrator = this.accounts.administrator(AccountsFixture.email("beheerder"));
		UUID first = comment("Eerste.");
		UUID second = comment("Tweede.");

		assertThat(act(coordinator, "hide", "Past niet.", "comment:" + first)).hasStatus3xxRedirection();
		assertThat(act(administrator, "hide", "Past ook niet.", "comment:" + second)).hasStatus3xxRedirection();
		assertThat(this.discussion.moderation("participation_comment", second)).isEqualTo("hidden");
	}

	@Test
	void theDownloadHoldsArgumentsCommentsAndReportsAndErasureLeavesAFormerParticipant() {
		UUID comment = comment("Mijn reactie.");
		UUID other = this.discussion.comment(this.proposal, null, null, "Iemand", "Iets anders.", "visible");
		report(this.author, "reactie", other, "spam");

		@SuppressWarnings("unchecked")
		Map<String, Object> sections = (Map<String, Object>) as(this.author, () -> this.personalData.export(this.author)).get("sections");
		assertThat(sections.get("participation-discussion").toString()).contains("Mijn reactie.", "participation_report", "spam");

		as(this.author, () -> {
			this.personalData.erase(this.author);
			return null;
		});

		assertThat(this.jdbc.sql("select author_id is null and author_name = 'Oud-deelnemer' from participation_comment where id = ?")
			.param(comment).query(Boolean.class).single()).isTrue();
		assertThat(this.jdbc.sql("select count(*) from participation_report where reporter_id = ?").param(this.author.value())
			.query(Integer.class).single()).isZero();
	}

	private UUID comment(String text) {
		return this.discussion.comment(this.proposal, null, this.author, "Sam Schrijver", text, "visible");
	}

	private MvcTestResult report(UserId who, String kind, UUID item, String reason) {
		return this.mvc.post().uri(page() + "/melden").with(user(who.toString())).with(csrf()).with(this.guard.passes())
			.param("soort", kind).param("item", item.toString()).param("reden", reason).exchange();
	}

	private MvcTestResult act(UserId who, String action, String reason, String... items) {
		var request = this.mvc.post().uri("/beheer/moderatie").with(user(who.toString())).with(csrf()).param("reden", reason).param("item", items);
		if (action != null) {
			request = request.param("actie", action);
		}
		return request.exchange();
	}

	private MvcTestResult discussionPage(UserId who) {
		var request = this.mvc.get().uri(page());
		return (who == null ? request : request.with(user(who.toString()))).exchange();
	}

	private int reports(UUID item) {
		return this.jdbc.sql("select count(*) from participation_report where content_id = ?").param(item).query(Integer.class).single();
	}

	private String page() {
		return "/participatie/" + this.process.id() + "/voorstellen/" + this.proposal;
	}

	private static RequestPostProcessor signedIn(UserId who) {
		return user(who.toString());
	}

}
