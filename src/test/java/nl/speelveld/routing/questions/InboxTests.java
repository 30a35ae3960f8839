package nl.speelveld.routing.questions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.UserId;
import nl.speelveld.routing.QuestionClosed;
import nl.speelveld.routing.QuestionHandedOff;
import nl.speelveld.routing.QuestionOutcome;
import nl.speelveld.routing.questions.QuestionsFixture.Holder;
import nl.speelveld.shared.mail.Outbox;
import nl.speelveld.socialmap.SocialMapFixture;
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
 * The professional's inbox: only the holders of the post that has a question see it and act on it; each step
 * only from the statuses it makes sense in; a hand-off tells the resident who takes over and why, and moves
 * the question to the new holder's inbox with a new due date.
 */
@SpeelveldTest
class InboxTests {

	private static final String BINNENSTAD = "WK034406";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	QuestionsFixture questions;

	@Autowired
	SocialMapFixture socialMap;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	RoutingEvents events;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	private Holder agent;

	private String residentEmail;

	private String text;

	private String token;

	private UUID id;

	@BeforeEach
	void aQuestionForTheWijkagent() {
		this.agent = this.questions.holder("wijkagent", BINNENSTAD, "Wendy");
		this.residentEmail = AccountsFixture.email("bewoner");
		this.text = QuestionsFixture.unique("Er wordt gedeald in ons portiek, wat kan ik doen?");
		this.token = this.questions.delivered(this.agent, BINNENSTAD, this.text, this.residentEmail);
		this.id = this.questions.id(this.token);
	}

	@Test
	void theInboxListsTheQuestionsOfOnesOwnPostsWithTheirDueDate() {
		LocalDate due = this.questions.question(this.id).dueOn();

		assertThat(this.mvc.get().uri("/inbox").with(as(this.agent))).hasStatusOk().bodyText()
			.contains("Vragen van bewoners", this.text.substring(0, 40), "/inbox/" + this.id, "Binnenstad", "Nieuw",
					"vandaag", dutch(due));

		Holder other = this.questions.holder("wijkagent", BINNENSTAD, "Olaf");
		assertThat(this.mvc.get().uri("/inbox").with(as(other))).hasStatusOk().bodyText()
			.doesNotContain(this.text.substring(0, 40));
		UserId withoutPosts = this.accounts.person(AccountsFixture.email("zonder"), "Zonder Post");
		assertThat(this.mvc.get().uri("/inbox").with(user(withoutPosts.toString()))).hasStatusOk().bodyText()
			.contains("Je hebt nog geen post op de sociale kaart");
		assertThat(this.mvc.get().uri("/inbox")).hasStatus3xxRedirection().hasRedirectedUrl("/inloggen");
	}

	@Test
	void aPostOwnedByAnAccountBringsItsQuestionsToThatInboxToo() {
		UserId owner = this.accounts.person(AccountsFixture.email("eigenaar"), "Eigenaar Post");
		this.jdbc.sql("update smap_post set owner_id = ? where id = ?").params(owner.value(), this.agent.post()).update();

		assertThat(this.mvc.get().uri("/inbox").with(user(owner.toString()))).bodyText().contains("/inbox/" + this.id);
		assertThat(this.mvc.get().uri("/inbox/" + this.id).with(user(owner.toString()))).hasStatusOk();
	}

	@Test
	void anOverdueQuestionIsMarked() {
		this.questions.dueOn(this.id, LocalDate.now().minusDays(2));

		assertThat(this.mvc.get().uri("/inbox").with(as(this.agent))).bodyText()
			.contains("inbox-table__row--overdue", "Te laat: uiterlijk");
		assertThat(this.mvc.get().uri("/inbox/" + this.id).with(as(this.agent))).bodyText().contains("Te laat: uiterlijk");
	}

	@Test
	void onlyTheHolderOfThePostSeesTheQuestion() {
		assertThat(this.mvc.get().uri("/inbox/" + this.id).with(as(this.agent))).hasStatusOk().bodyText()
			.contains(this.text, "Vraag oppakken", "Antwoord versturen", "Doorgeven aan deze rol", "Vraag afsluiten");

		Holder stranger = this.questions.holder("wijkagent", BINNENSTAD, "Sven");
		assertThat(this.mvc.get().uri("/inbox/" + this.id).with(as(stranger))).hasStatus(403).bodyText()
			.doesNotContain(this.text);
		UserId administrator = this.accounts.administrator(AccountsFixture.email("beheerder"));
		assertThat(this.mvc.get().uri("/inbox/" + this.id).with(user(administrator.toString()))).hasStatus(403);
		assertThat(this.mvc.get().uri("/inbox/" + this.id)).hasRedirectedUrl("/inloggen");
		assertThat(this.mvc.get().uri("/inbox/" + UUID.randomUUID()).with(as(this.agent))).hasStatus(404);
		String unconfirmed = this.questions.left(this.agent, BINNENSTAD, "Nog niet bevestigd", this.residentEmail);
		assertThat(this.mvc.get().uri("/inbox/" + this.questions.id(unconfirmed)).with(as(this.agent))).hasStatus(404);
	}

	@Test
	void othersCannotActOnTheQuestion() {
		Holder stranger = this.questions.holder("wijkagent", BINNENSTAD, "Sven");
		Holder colleague = this.questions.holder("opbouwwerker", BINNENSTAD, "Otto");
		String before = this.questions.question(this.id).toString();

		for (var step : List.of(this.mvc.post().uri("/inbox/" + this.id + "/oppakken"),
				this.mvc.post().uri("/inbox/" + this.id + "/beantwoorden").param("answer", "Ik help je"),
				this.mvc.post().uri("/inbox/" + this.id + "/doorgeven").param("post", colleague.post().toString())
					.param("note", "Past beter"),
				this.mvc.post().uri("/inbox/" + this.id + "/afsluiten").param("outcome", "helped"))) {
			assertThat(step.with(as(stranger)).with(csrf())).hasStatus(403);
		}
		assertThat(this.mvc.post().uri("/inbox/" + this.id + "/oppakken").with(csrf())).hasRedirectedUrl("/inloggen");
		assertThat(this.mvc.post().uri("/inbox/" + this.id + "/oppakken").with(as(this.agent))).as("without CSRF token")
			.hasStatus(403);
		assertThat(this.questions.question(this.id).toString()).isEqualTo(before);
		assertThat(this.questions.steps(this.id)).hasSize(1);
	}

	@Test
	void acceptingIsAFirstResponseAndWorksOnce() {
		assertThat(this.mvc.post().uri("/inbox/" + this.id + "/oppakken").with(as(this.agent)).with(csrf()))
			.hasRedirectedUrl("/inbox/" + this.id);

		Question accepted = this.questions.question(this.id);
		assertThat(accepted.status()).isEqualTo(QuestionStatus.ACCEPTED);
		assertThat(accepted.respondedAt()).isNotNull();
		assertThat(accepted.firstResponseAt()).isNotNull();
		assertThat(this.mvc.get().uri("/wegwijzer/vraag/" + this.token)).bodyText()
			.contains(this.agent.name() + " heeft je vraag opgepakt.", "Iemand is met je vraag bezig.");

		assertThat(this.mvc.post().uri("/inbox/" + this.id + "/oppakken").with(as(this.agent)).with(csrf()))
			.hasStatus(409).bodyText().contains("Dit kan niet meer");
		assertThat(this.questions.steps(this.id)).hasSize(2);
	}

	@Test
	void anAnswerReachesTheResidentByMailAndOnTheStatusPage() {
		String answer = QuestionsFixture.unique("Bel 0900-8844 of meld het anoniem.");
		assertThat(this.mvc.post().uri("/inbox/" + this.id + "/beantwoorden").param("answer", "  ").with(as(this.agent))
			.with(csrf())).hasStatus(400).bodyText().contains("Schrijf je antwoord op.");
		assertThat(this.mvc.post().uri("/inbox/" + this.id + "/beantwoorden").param("answer", "x".repeat(4001))
			.with(as(this.agent)).with(csrf())).hasStatus(400).bodyText().contains("Je antwoord is te lang.");
		assertThat(this.questions.question(this.id).status()).isEqualTo(QuestionStatus.DELIVERED);

		assertThat(this.mvc.post().uri("/inbox/" + this.id + "/beantwoorden").param("answer", answer)
			.with(as(this.agent)).with(csrf())).hasRedirectedUrl("/inbox/" + this.id);

		assertThat(this.questions.question(this.id).status()).isEqualTo(QuestionStatus.ANSWERED);
		Outbox.Message mail = mailsTo(this.residentEmail).get(0);
		assertThat(mail.subject()).isEqualTo(this.agent.name() + " heeft je vraag beantwoord");
		assertThat(mail.body()).contains(answer, "Wil je reageren? Mail " + this.agent.name(), "/wegwijzer/vraag/");
		String newLink = LeavingAQuestionTests.statusPath(mail.body());
		assertThat(this.mvc.get().uri(newLink)).as("the new link in the mail").hasStatusOk().bodyText()
			.contains(answer, "Je hebt antwoord gekregen.");
		assertThat(this.mvc.get().uri("/wegwijzer/vraag/" + this.token)).as("and the first one still").bodyText()
			.contains(answer);
	}

	@Test
	void aHandOffToARoleGoesToTheBestPostThereAndTellsTheResidentWhoAndWhy() {
		// A buurt no other test uses: the post for it comes before every post for its wijk or the city.
		String buurt = "BU03440625";
		this.token = this.questions.delivered(this.agent, buurt, this.text, this.residentEmail);
		this.id = this.questions.id(this.token);
		Holder wholeCity = this.questions.holder("opbouwwerker", "GM0344", "Gerrit");
		Holder here = this.questions.holder("opbouwwerker", buurt, "Olga");
		this.questions.responseTerm(here.organisation(), 5);
		String note = QuestionsFixture.unique("Olga kent de bewonersgroep in jullie straat");
		this.questions.dueOn(this.id, LocalDate.now().minusDays(1));

		assertThat(this.mvc.post().uri("/inbox/" + this.id + "/doorgeven").param("role", "opbouwwerker")
			.param("note", note).with(as(this.agent)).with(csrf())).hasRedirectedUrl("/inbox");

		Question handedOff = this.questions.question(this.id);
		assertThat(handedOff.post()).as("the post for the wijk itself before the one for the city").isEqualTo(here.post());
		assertThat(handedOff.roleCode()).isEqualTo("opbouwwerker");
		assertThat(handedOff.status()).isEqualTo(QuestionStatus.DELIVERED);
		assertThat(handedOff.dueOn()).as("a new due date, by the new organisation's own term")
			.isEqualTo(WorkingDays.plus(LocalDate.now(LeavingQuestions.AMSTERDAM), 5));
		assertThat(handedOff.respondedAt()).isNull();
		assertThat(handedOff.firstResponseAt()).isNotNull();
		assertThat(wholeCity.post()).isNotEqualTo(here.post());
		assertThat(this.events.about(this.id)).last().isInstanceOfSatisfying(QuestionHandedOff.class, event -> {
			assertThat(event.fromPost()).isEqualTo(this.agent.post());
			assertThat(event.fromRole()).isEqualTo("wijkagent");
			assertThat(event.toPost()).isEqualTo(here.post());
			assertThat(event.toRole()).isEqualTo("opbouwwerker");
		});

		Outbox.Message mail = mailsTo(this.residentEmail).get(0);
		assertThat(mail.subject()).isEqualTo("Je vraag is doorgegeven aan " + here.name());
		assertThat(mail.body()).contains(this.agent.name() + " heeft je vraag doorgegeven aan " + here.name()
				+ " (Opbouwwerker", note);
		assertThat(mailsTo(here.email())).singleElement().satisfies(arrived -> assertThat(arrived.body())
			.contains(this.agent.name() + " (Wijkagent) heeft een vraag van een bewoner aan je doorgegeven")
			.doesNotContain(this.text));
		assertThat(this.mvc.get().uri("/wegwijzer/vraag/" + this.token)).bodyText()
			.contains("Wie heeft je vraag nu?", here.name() + " (Opbouwwerker,", note);
		assertThat(this.mvc.get().uri("/inbox").with(as(here))).bodyText().contains("/inbox/" + this.id);
		assertThat(this.mvc.get().uri("/inbox/" + this.id).with(as(here))).hasStatusOk().bodyText().contains(this.text, note);
		assertThat(this.mvc.get().uri("/inbox").with(as(this.agent))).bodyText().doesNotContain("/inbox/" + this.id);
		assertThat(this.mvc.get().uri("/inbox/" + this.id).with(as(this.agent))).hasStatus(403);
	}

	@Test
	void aHandOffToAColleagueOfTheArea() {
		Holder colleague = this.questions.holder("buurtbemiddelaar", BINNENSTAD, "Bea");

		assertThat(this.mvc.get().uri("/inbox/" + this.id).with(as(this.agent))).bodyText()
			.contains("value=\"" + colleague.post() + "\"");
		assertThat(this.mvc.post().uri("/inbox/" + this.id + "/doorgeven").param("post", colleague.post().toString())
			.param("note", "Dit is een burenruzie").with(as(this.agent)).with(csrf())).hasRedirectedUrl("/inbox");

		assertThat(this.questions.question(this.id).post()).isEqualTo(colleague.post());
	}

	@Test
	void aHandOffThatCannotBeDoneChangesNothing() {
		Holder elsewhere = this.questions.holder("opbouwwerker", "WK036300", "Anna");
		String before = this.questions.question(this.id).toString();

		assertThat(this.mvc.post().uri("/inbox/" + this.id + "/doorgeven").param("role", "dorpsondersteuner")
			.param("note", "Misschien iets voor een dorpsondersteuner").with(as(this.agent)).with(csrf()))
			.hasStatus(400).bodyText().contains("Voor deze rol werkt hier niemand die vragen via Speelveld ontvangt");
		assertThat(this.mvc.post().uri("/inbox/" + this.id + "/doorgeven").param("role", "opbouwwerker").param("note", " ")
			.with(as(this.agent)).with(csrf())).hasStatus(400).bodyText().contains("Schrijf op waarom je de vraag doorgeeft.");
		assertThat(this.mvc.post().uri("/inbox/" + this.id + "/doorgeven").param("post", elsewhere.post().toString())
			.param("note", "Andere stad").with(as(this.agent)).with(csrf())).hasStatus(400).bodyText()
			.contains("Deze collega kan de vraag niet ontvangen");
		assertThat(this.mvc.post().uri("/inbox/" + this.id + "/doorgeven").param("role", "geen-rol")
			.param("note", "x").with(as(this.agent)).with(csrf())).hasStatus(400).bodyText().contains("Kies een rol uit de lijst.");
		assertThat(this.mvc.post().uri("/inbox/" + this.id + "/doorgeven").param("note", "x").with(as(this.agent))
			.with(csrf())).hasStatus(400).bodyText().contains("Kies aan wie je de vraag doorgeeft.");

		assertThat(this.questions.question(this.id).toString()).isEqualTo(before);
		assertThat(mailsTo(this.residentEmail)).isEmpty();
		assertThat(this.events.about(this.id)).hasSize(1);
	}

	@Test
	void closingTellsTheResidentTheOutcomeAndEndsEveryStep() {
		assertThat(this.mvc.post().uri("/inbox/" + this.id + "/afsluiten").with(as(this.agent)).with(csrf()))
			.hasStatus(400).bodyText().contains("Kies hoe het is afgelopen.");
		assertThat(this.mvc.post().uri("/inbox/" + this.id + "/afsluiten").param("outcome", "withdrawn")
			.with(as(this.agent)).with(csrf())).as("the resident's own outcome").hasStatus(400);
		assertThat(this.questions.question(this.id).status()).isEqualTo(QuestionStatus.DELIVERED);

		String note = QuestionsFixture.unique("De politie weet ervan en komt langs.");
		assertThat(this.mvc.post().uri("/inbox/" + this.id + "/afsluiten").param("outcome", "helped").param("note", note)
			.with(as(this.agent)).with(csrf())).hasRedirectedUrl("/inbox/" + this.id);

		Question closed = this.questions.question(this.id);
		assertThat(closed.status()).isEqualTo(QuestionStatus.CLOSED);
		assertThat(closed.outcome()).isEqualTo(QuestionOutcome.HELPED);
		assertThat(closed.closedAt()).isNotNull();
		assertThat(this.events.about(this.id)).last().isInstanceOfSatisfying(QuestionClosed.class, event -> {
			assertThat(event.outcome()).isEqualTo(QuestionOutcome.HELPED);
			assertThat(event.timeToFirstResponse()).isNotNull().isGreaterThanOrEqualTo(java.time.Duration.ZERO);
		});
		Outbox.Message mail = mailsTo(this.residentEmail).get(0);
		assertThat(mail.subject()).isEqualTo("Je vraag is afgesloten");
		assertThat(mail.body()).contains("Je bent geholpen.", note, "verwijderen we je vraag");
		assertThat(this.mvc.get().uri("/wegwijzer/vraag/" + this.token)).bodyText()
			.contains("Je vraag is afgesloten.", "Je bent geholpen.", note, "verwijderen we je vraag, de antwoorden");
		assertThat(this.mvc.get().uri("/inbox").with(as(this.agent))).bodyText().contains("Afgesloten in de laatste 30 dagen");

		for (var step : List.of(this.mvc.post().uri("/inbox/" + this.id + "/oppakken"),
				this.mvc.post().uri("/inbox/" + this.id + "/beantwoorden").param("answer", "Nog iets"),
				this.mvc.post().uri("/inbox/" + this.id + "/doorgeven").param("role", "wijkagent").param("note", "x"),
				this.mvc.post().uri("/inbox/" + this.id + "/afsluiten").param("outcome", "helped"))) {
			assertThat(step.with(as(this.agent)).with(csrf())).hasStatus(409);
		}
		assertThat(this.questions.steps(this.id)).extracting(Step::kind)
			.containsExactly(StepKind.DELIVERED, StepKind.CLOSED);
	}

	private RequestPostProcessor as(Holder holder) {
		return user(holder.user().toString());
	}

	private List<Outbox.Message> mailsTo(String email) {
		return this.outbox.newest(1000).stream().filter(mail -> mail.recipient().equalsIgnoreCase(email)).toList();
	}

	private static String dutch(LocalDate day) {
		return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
			.withLocale(java.util.Locale.forLanguageTag("nl"))
			.format(day);
	}

}
