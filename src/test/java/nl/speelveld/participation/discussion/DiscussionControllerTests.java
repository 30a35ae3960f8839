package nl.speelveld.participation.discussion;

import java.time.Duration;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ArgumentGiven;
import nl.speelveld.participation.CommentPosted;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Premoderation;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.shared.security.FormGuard;
import nl.speelveld.shared.security.FormGuardFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Arguments and comments over HTTP: each goes back to the proposal at the new item; every refusal says why,
 * keeps what the person wrote and stores nothing; the guard stops robots without a captcha.
 */
@SpeelveldTest
class DiscussionControllerTests {

	/** Wijk Centrum of Groningen: postcode 9712 lies in it. */
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
	JdbcClient jdbc;

	private Process process;

	private UUID proposal;

	private UserId resident;

	@BeforeEach
	void aProposalInTheCentre() {
		this.process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		this.proposal = this.discussion.proposal(this.process, null, "Meer bankjes op de Grote Markt");
		this.resident = this.accounts.person(AccountsFixture.email("bewoner"), "Rika Reageer");
	}

	@Test
	void anArgumentGoesBackToTheArgumentsOfTheProposal() {
		assertThat(argue(this.resident, "for", "Dan kunnen ouderen even uitrusten.")).hasStatus3xxRedirection()
			.hasRedirectedUrl(page() + "#argumenten");

		assertThat(this.jdbc.sql("select side, body, author_name, moderation from participation_argument where proposal_id = ?")
			.param(this.proposal)
			.query()
			.singleRow()).containsEntry("side", "for")
			.containsEntry("body", "Dan kunnen ouderen even uitrusten.")
			.containsEntry("author_name", "Rika Reageer")
			.containsEntry("moderation", "visible");
		assertThat(this.events.about(this.process.id())).anySatisfy(event -> assertThat(event).isInstanceOf(ArgumentGiven.class));
	}

	@Test
	void aCommentAndAReplyGoBackToTheirPlaceInTheThread() {
		var first = comment(this.resident, null, "Waar precies?");
		assertThat(first).hasStatus3xxRedirection();
		UUID comment = onlyComment();
		assertThat(first).hasRedirectedUrl(page() + "#reactie-" + comment);

		UserId neighbour = this.accounts.person(AccountsFixture.email("buur"), "Bert Buur");
		assertThat(comment(neighbour, comment, "Bij de fietsenstalling.")).hasStatus3xxRedirection();

		assertThat(this.jdbc.sql("select count(*) from participation_comment where parent_id = ?").param(comment).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(this.events.about(this.process.id())).filteredOn(CommentPosted.class::isInstance)
			.extracting(event -> ((CommentPosted) event).reply())
			.containsExactly(false, true);
	}

	@Test
	void arguingOutsideTheDiscussionPhasesIsRefused() {
		Process informing = this.processes.process(CENTRUM, PhaseKind.INFORMATION, PhaseKind.PROPOSALS).open();
		UUID early = this.discussion.proposal(informing, null, "Een vroeg voorstel");

		assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/{pid}/argumenten", informing.id(), early)
			.with(as(this.resident)).with(csrf()).with(this.guard.passes()).param("zijde", "for").param("tekst", "Goed plan."))
			.hasStatus(409)
			.bodyText()
			.contains("In deze fase van het traject kan dit niet");
		assertThat(arguments(early)).isZero();
	}

	@Test
	void aClosedProcessTakesNoMoreArgumentsOrComments() {
		this.processes.closed(this.process);

		assertThat(argue(this.resident, "against", "Te duur.")).hasStatus(409);
		assertThat(comment(this.resident, null, "Jammer.")).hasStatus(409);
		assertThat(arguments(this.proposal)).isZero();
	}

	@Test
	void aProcessForResidentsRefusesSomeoneWhoDidNotGiveAPostcodeInTheArea() {
		Process residents = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).forResidentsOnly().open();
		UUID theirs = this.discussion.proposal(residents, null, "Een plein voor bewoners");

		assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/{pid}/reacties", residents.id(), theirs)
			.with(as(this.resident)).with(csrf()).with(this.guard.passes()).param("tekst", "Mag ik ook meedoen?"))
			.hasStatus(409)
			.bodyText()
			.contains("bewoners");
		assertThat(this.jdbc.sql("select count(*) from participation_comment where proposal_id = ?").param(theirs).query(Integer.class).single())
			.isZero();
	}

	@Test
	void anEmptyOrTooLongTextComesBackWithTheMessageAtTheFieldAndWhatWasWritten() {
		assertThat(argue(this.resident, "for", "   ")).hasStatus(400)
			.bodyText()
			.contains("Schrijf eerst iets.", "aria-invalid=\"true\"", "href=\"#argument-tekst\"", "value=\"for\" checked");
		String long1001 = "lang ".repeat(200) + "einde";
		assertThat(argue(this.resident, "against", long1001)).hasStatus(400)
			.bodyText()
			.contains("Je argument is te lang", "einde</textarea>");
		assertThat(argue(this.resident, "", "Zonder kant")).hasStatus(400).bodyText().contains("Kies of je voor of tegen");
		assertThat(comment(this.resident, null, "x".repeat(2001))).hasStatus(400).bodyText().contains("Je reactie is te lang");
		assertThat(arguments(this.proposal)).isZero();
	}

	@Test
	void aReplyToACommentOfAnotherProposalIsRefused() {
		UUID other = this.discussion.proposal(this.process, null, "Een ander voorstel");
		UUID elsewhere = this.discussion.comment(other, null, null, "Iemand", "Hier hoort het niet.", "visible");

		assertThat(comment(this.resident, elsewhere, "Ik reageer verkeerd.")).hasStatus(400);
		assertThat(this.jdbc.sql("select count(*) from participation_comment where parent_id = ?").param(elsewhere).query(Integer.class).single())
			.isZero();
	}

	@Test
	void theGuardRefusesAFilledHoneypotAFastSubmissionAndAForgedStampAndStoresNothing() {
		assertThat(this.mvc.post().uri(page() + "/reacties").with(as(this.resident)).with(csrf()).with(this.guard.passes())
			.param(FormGuard.HONEYPOT, "https://goedkope-pillen.example").param("tekst", "Koop nu!"))
			.hasStatus(400)
			.bodyText()
			.contains("We konden je bericht niet aannemen");

		assertThat(this.mvc.post().uri(page() + "/reacties").with(as(this.resident)).with(csrf())
			.param(FormGuard.STAMP, this.guard.stampFrom(Duration.ofMillis(500))).param("tekst", "Snel getypt."))
			.hasStatus(400)
			.bodyText()
			.contains("Dat ging heel snel", "Snel getypt.</textarea>", "name=\"" + FormGuard.STAMP + "\"");

		String stamp = this.guard.stampFrom(Duration.ofSeconds(30));
		assertThat(this.mvc.post().uri(page() + "/argumenten").with(as(this.resident)).with(csrf())
			.param(FormGuard.STAMP, "1" + stamp).param("zijde", "for").param("tekst", "Vervalst."))
			.hasStatus(400)
			.bodyText()
			.contains("Dit formulier was te oud of niet in orde");
		assertThat(this.mvc.post().uri(page() + "/argumenten").with(as(this.resident)).with(csrf())
			.param("zijde", "for").param("tekst", "Zonder stempel."))
			.hasStatus(400);

		assertThat(arguments(this.proposal)).isZero();
		assertThat(this.jdbc.sql("select count(*) from participation_comment where proposal_id = ?").param(this.proposal)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void takingPartNeedsSigningIn() {
		assertThat(this.mvc.post().uri(page() + "/reacties").with(csrf()).with(this.guard.passes()).param("tekst", "Anoniem"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/inloggen");
	}

	@Test
	void aNewcomersFirstCommentWaitsForAModeratorEvenAfterUnscreenedOnesElsewhere() {
		Process careful = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).premoderation(Premoderation.NEWCOMERS).open();
		UUID theirs = this.discussion.proposal(careful, null, "Een speeltuin");
		assertThat(comment(this.resident, null, "Eerst hier, waar niemand meekijkt.")).hasStatus3xxRedirection();

		assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/{pid}/reacties", careful.id(), theirs)
			.with(as(this.resident)).with(csrf()).with(this.guard.passes()).param("tekst", "Mijn eerste reactie."))
			.hasStatus3xxRedirection();

		assertThat(this.jdbc.sql("select moderation from participation_comment where proposal_id = ?").param(theirs)
			.query(String.class).single()).isEqualTo("held");
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{pid}", careful.id(), theirs).with(as(this.resident)))
			.hasStatusOk().bodyText().contains("Mijn eerste reactie.", "Wacht op een moderator");
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{pid}", careful.id(), theirs))
			.hasStatusOk().bodyText().doesNotContain("Mijn eerste reactie.");
	}

	@Test
	void aCommentWithThreeLinksWaitsForAModeratorEvenWithoutPremoderation() {
		assertThat(comment(this.resident, null, "Zie https://a.example en https://b.example en www.c.example"))
			.hasStatus3xxRedirection();

		assertThat(this.jdbc.sql("select moderation from participation_comment where proposal_id = ?").param(this.proposal)
			.query(String.class).single()).isEqualTo("held");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult argue(UserId who, String side, String text) {
		return this.mvc.post().uri(page() + "/argumenten").with(as(who)).with(csrf()).with(this.guard.passes())
			.param("zijde", side).param("tekst", text).exchange();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult comment(UserId who, UUID parent, String text) {
		var request = this.mvc.post().uri(page() + "/reacties").with(as(who)).with(csrf()).with(this.guard.passes()).param("tekst", text);
		if (parent != null) {
			request = request.param("antwoordOp", parent.toString());
		}
		return request.exchange();
	}

	private UUID onlyComment() {
		return this.jdbc.sql("select id from participation_comment where proposal_id = ? and parent_id is null").param(this.proposal)
			.query(UUID.class).single();
	}

	private int arguments(UUID proposal) {
		return this.jdbc.sql("select count(*) from participation_argument where proposal_id = ?").param(proposal).query(Integer.class).single();
	}

	private String page() {
		return "/participatie/" + this.process.id() + "/voorstellen/" + this.proposal;
	}

	private static RequestPostProcessor as(UserId who) {
		return user(who.toString());
	}

}
