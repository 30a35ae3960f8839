package nl.speelveld.participation.challenges;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.ChallengeDecided;
import nl.speelveld.participation.ChallengeEvents;
import nl.speelveld.participation.ChallengeFixture;
import nl.speelveld.participation.ChallengeSubmitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static nl.speelveld.initiatives.InitiativeCast.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A request's way from submission to evaluation, and every refusal on the way: the wrong person (403), the
 * wrong status (409 with a Dutch sentence), a decision without reasons, an assessment with a criterion left
 * open, and two people acting at once.
 */
@SpeelveldTest
class ChallengeLifecycleTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	Requests requests;

	@Autowired
	ChallengeSteps steps;

	@Autowired
	ChallengeStore store;

	@Autowired
	ChallengeFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChallengeEvents events;

	private ChallengePeople people;

	@BeforeEach
	void groningen() {
		this.people = ChallengePeople.make(this.accounts);
	}

	@Test
	void aRequestGoesFromSubmissionToEvaluationAndTheRequesterHearsOfEveryChange() {
		UUID id = submitted("Onderhoud van het Oosterpark");
		Challenge submitted = this.store.get(id);
		assertThat(submitted.status()).isEqualTo(ChallengeStatus.SUBMITTED);
		assertThat(submitted.area()).isEqualTo(ChallengePeople.OOSTERPARK);
		assertThat(submitted.budgetAsked()).isEqualTo(12_500);
		assertThat(submitted.decisionDue()).isEqualTo(LocalDate.now(ChallengeSteps.AMSTERDAM).plusWeeks(ChallengeRules.STANDARD_WEEKS));
		assertThat(this.store.assessment(id)).extracting(AssessmentLine::name)
			.containsExactly("Draagvlak in de buurt", "Kwaliteit minstens gelijk", "Kosten niet hoger dan nu",
					"Toegankelijk voor iedereen", "Deskundigheid en continuïteit");

		as(this.people.coordinator(), () -> this.steps.take(id));
		assertThat(this.store.get(id).status()).isEqualTo(ChallengeStatus.ASSESSING);
		assertThat(as(this.people.coordinator(), () -> this.steps.assess(id, verdicts(5), notes(5))).all()).isEmpty();
		assertThat(this.store.get(id).status()).isEqualTo(ChallengeStatus.ASSESSED);
		assertThat(this.store.assessment(id)).allSatisfy(line -> assertThat(line.verdict()).isEqualTo(Verdict.MET));
		assertThat(as(this.people.coordinator(), () -> this.steps.decide(id, "granted", "Een sterk plan met veel steun.")).isEmpty()).isTrue();
		Challenge decided = this.store.get(id);
		assertThat(decided.status()).isEqualTo(ChallengeStatus.GRANTED);
		assertThat(decided.decision()).isEqualTo(ChallengeStatus.GRANTED);
		assertThat(decided.decisionReasons()).isEqualTo("Een sterk plan met veel steun.");
		as(this.people.coordinator(), () -> this.steps.start(id));
		assertThat(as(this.people.coordinator(), () -> this.steps.evaluate(id, "Het park is schoner dan ooit.")).isEmpty()).isTrue();
		assertThat(this.store.get(id).status()).isEqualTo(ChallengeStatus.EVALUATED);

		assertThat(this.store.history(id)).extracting(HistoryLine::kind)
			.containsExactly("submit", "take", "assess", "decide", "start", "evaluate");
		assertThat(this.store.history(id)).extracting(HistoryLine::actor)
			.containsExactly(Actor.REQUESTER, Actor.GEMEENTE, Actor.GEMEENTE, Actor.GEMEENTE, Actor.GEMEENTE, Actor.GEMEENTE);
		assertThat(notices(this.people.requester())).containsExactly("notifications.challenge.submitted",
				"notifications.challenge.assessing", "notifications.challenge.assessed", "notifications.challenge.granted",
				"notifications.challenge.executing", "notifications.challenge.evaluated");
		assertThat(this.events.about(id)).hasSize(2);
		assertThat(this.events.about(id).get(0)).isInstanceOf(ChallengeSubmitted.class);
		assertThat(this.events.about(id).get(1)).isInstanceOfSatisfying(ChallengeDecided.class,
				event -> assertThat(event.decision()).isEqualTo("granted"));
		assertThat(this.jdbc.sql("select count(*) from acc_audit where subject_id = ? and action like 'challenge.%'")
			.param(id.toString()).query(Integer.class).single()).isEqualTo(5);
	}

	@Test
	void onlyACoordinatorOfTheAreaActsForTheGemeente() {
		UUID id = submitted("Beheer van het buurthuis");
		assertThatThrownBy(() -> as(this.people.neighbour(), () -> this.steps.take(id))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(this.people.requester(), () -> this.steps.take(id))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(this.people.elsewhere(), () -> this.steps.take(id))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.steps.take(id)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.store.get(id).status()).isEqualTo(ChallengeStatus.SUBMITTED);

		assertThat(this.mvc.post().uri("/uitdaagrecht/{id}/oppakken", id).with(signedIn(this.people.elsewhere())).with(csrf()))
			.hasStatus(403);
		assertThat(this.mvc.post().uri("/uitdaagrecht/{id}/oppakken", id).with(csrf())).hasStatus3xxRedirection();
		assertThat(this.store.get(id).status()).isEqualTo(ChallengeStatus.SUBMITTED);
	}

	@Test
	void onlyTheRequesterWithdrawsAndOnlyBeforeTheDecision() {
		UUID id = submitted("De buurtbus rijden");
		assertThatThrownBy(() -> as(this.people.coordinator(), () -> this.steps.withdraw(id, null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(this.people.neighbour(), () -> this.steps.withdraw(id, null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.mvc.post().uri("/uitdaagrecht/{id}/intrekken", id).with(signedIn(this.people.requester())).with(csrf())
			.param("withdrawReason", "De vereniging stopt ermee."))
			.hasRedirectedUrl("/uitdaagrecht/" + id);
		assertThat(this.store.get(id).status()).isEqualTo(ChallengeStatus.WITHDRAWN);
		assertThat(this.store.get(id).withdrawReason()).isEqualTo("De vereniging stopt ermee.");

		UUID granted = this.fixture.put(ChallengePeople.OOSTERPARK, ChallengeStatus.GRANTED, this.people.requester().value(),
				"Maaien", LocalDate.now(ChallengeSteps.AMSTERDAM), null);
		assertThat(this.mvc.post().uri("/uitdaagrecht/{id}/intrekken", granted).with(signedIn(this.people.requester())).with(csrf()))
			.hasStatus(409)
			.bodyText()
			.contains("Intrekken kan alleen zolang de gemeente nog geen besluit heeft genomen. Deze uitdaging is nu: Toegekend.");
		assertThat(this.fixture.status(granted)).isEqualTo(ChallengeStatus.GRANTED);
	}

	@Test
	void aStepFromTheWrongStatusIsRefusedWithADutchSentence() {
		UUID id = this.fixture.put(ChallengePeople.OOSTERPARK, ChallengeStatus.SUBMITTED, this.people.requester().value(),
				"Speelplekken", LocalDate.now(ChallengeSteps.AMSTERDAM), null);
		assertThat(post("/uitdaagrecht/{id}/besluit", id, this.people.coordinator()).param("decision", "granted")
			.param("reasons", "Een goed plan."))
			.hasStatus(409)
			.bodyText()
			.contains("Een besluit nemen kan alleen als de uitdaging per criterium is beoordeeld. Deze uitdaging is nu: Ingediend.");
		assertThat(post("/uitdaagrecht/{id}/uitvoering", id, this.people.coordinator())).hasStatus(409);
		assertThat(post("/uitdaagrecht/{id}/evaluatie", id, this.people.coordinator()).param("evaluation", "Het ging goed."))
			.hasStatus(409);
		assertThat(post("/uitdaagrecht/{id}/beoordelen", id, this.people.coordinator())).hasStatus(409);
		assertThat(post("/uitdaagrecht/{id}/oppakken", id, this.people.coordinator())).hasRedirectedUrl("/uitdaagrecht/" + id);
		assertThat(post("/uitdaagrecht/{id}/oppakken", id, this.people.coordinator())).hasStatus(409)
			.bodyText()
			.contains("Oppakken kan alleen als de uitdaging is ingediend en nog niemand haar beoordeelt. Deze uitdaging is nu: Wordt beoordeeld.");
		assertThat(this.fixture.status(id)).isEqualTo(ChallengeStatus.ASSESSING);
	}

	@Test
	void aDecisionWithoutReasonsOrAnAssessmentWithACriterionLeftOpenChangesNothing() {
		UUID id = this.fixture.put(ChallengePeople.OOSTERPARK, ChallengeStatus.ASSESSING, this.people.requester().value(),
				"Wijkcentrum", LocalDate.now(ChallengeSteps.AMSTERDAM), null);
		assertThat(post("/uitdaagrecht/{id}/beoordelen", id, this.people.coordinator()).param("verdict-0", "met")
			.param("note-0", "Veel steun.")
			.param("note-1", "Even duur."))
			.hasStatus(400)
			.bodyText()
			.contains("Kies of de uitdaging aan dit criterium voldoet.");
		assertThat(this.fixture.status(id)).isEqualTo(ChallengeStatus.ASSESSING);
		assertThat(this.store.assessment(id)).allSatisfy(line -> assertThat(line.verdict()).isNull());

		assertThat(post("/uitdaagrecht/{id}/beoordelen", id, this.people.coordinator()).param("verdict-0", "met")
			.param("note-0", "Veel steun.")
			.param("verdict-1", "not_met")
			.param("note-1", "Duurder dan nu."))
			.hasRedirectedUrl("/uitdaagrecht/" + id);
		assertThat(post("/uitdaagrecht/{id}/besluit", id, this.people.coordinator()).param("decision", "rejected")
			.param("reasons", " "))
			.hasStatus(400)
			.bodyText()
			.contains("Schrijf de redenen van het besluit op");
		assertThat(post("/uitdaagrecht/{id}/besluit", id, this.people.coordinator()).param("decision", "misschien")
			.param("reasons", "Omdat het zo is besloten."))
			.hasStatus(400)
			.bodyText()
			.contains("Kies een besluit: toegekend, deels toegekend of afgewezen.");
		assertThat(this.fixture.status(id)).isEqualTo(ChallengeStatus.ASSESSED);
		assertThat(this.store.get(id).decision()).isNull();

		assertThat(post("/uitdaagrecht/{id}/besluit", id, this.people.coordinator()).param("decision", "partly")
			.param("reasons", "Het toezicht wel, de keuring niet."))
			.hasRedirectedUrl("/uitdaagrecht/" + id);
		assertThat(this.fixture.status(id)).isEqualTo(ChallengeStatus.PARTLY);
		assertThat(post("/uitdaagrecht/{id}/uitvoering", id, this.people.coordinator())).hasRedirectedUrl("/uitdaagrecht/" + id);
		assertThat(post("/uitdaagrecht/{id}/evaluatie", id, this.people.coordinator()).param("evaluation", "kort"))
			.hasStatus(400);
		assertThat(this.fixture.status(id)).isEqualTo(ChallengeStatus.EXECUTING);
	}

	@Test
	void ofTwoPeopleActingAtOnceOnlyTheFirstMovesTheRequest() {
		UUID id = this.fixture.put(ChallengePeople.OOSTERPARK, ChallengeStatus.SUBMITTED, null, "Bankjes",
				LocalDate.now(ChallengeSteps.AMSTERDAM), null);
		assertThat(this.store.move(id, ChallengeStatus.SUBMITTED, ChallengeStatus.ASSESSING, java.util.Map.of())).isTrue();
		assertThat(this.store.move(id, ChallengeStatus.SUBMITTED, ChallengeStatus.WITHDRAWN, java.util.Map.of())).isFalse();
		assertThat(this.fixture.status(id)).isEqualTo(ChallengeStatus.ASSESSING);
	}

	@Test
	void badInputStoresNothingAndSaysPerFieldWhatToFix() {
		String group = "Groep " + UUID.randomUUID();
		assertThat(this.mvc.post().uri("/uitdaagrecht/nieuw").with(signedIn(this.people.requester())).with(csrf())
			.param("gebied", "9713")
			.param("task", "")
			.param("domain", "ruimtevaart")
			.param("groupName", group)
			.param("plan", "kort")
			.param("budgetAsked", "12,50")
			.param("supportersPeople", "veel")
			.param("contactName", "Renske")
			.param("contactEmail", "geen-adres"))
			.hasStatus(400)
			.bodyText()
			.contains("Schrijf op welke taak van de gemeente jullie willen overnemen.", "Kies wat voor taak het is.",
					"Schrijf wat meer over jullie plan", "Vul een bedrag in hele euro", "Vul een aantal in",
					"Vul een e-mailadres in", "aria-invalid=\"true\"", "value=\"" + group + "\"",
					"Waar Groningen op let", "Draagvlak in de buurt");
		assertThat(this.mvc.get().uri("/uitdaagrecht/nieuw").param("gebied", "0000").with(signedIn(this.people.requester())))
			.hasStatus(400)
			.bodyText()
			.contains("Deze postcode of gebiedscode kennen we niet.");
		assertThat(this.jdbc.sql("select count(*) from challenge where group_name = ?").param(group).query(Integer.class).single())
			.isZero();
	}

	@Test
	void theFormShowsTheGemeentesCriteriaAndPeriodBeforeAnythingIsSent() {
		assertThat(this.mvc.get().uri("/uitdaagrecht/nieuw").param("gebied", "WK001404").with(signedIn(this.people.requester())))
			.hasStatusOk()
			.bodyText()
			.contains("Oosterparkwijk", "Waar Groningen op let", "Kosten niet hoger dan nu",
					"Groningen heeft geen eigen criteria vastgesteld. Dit zijn de standaardcriteria.",
					"De gemeente neemt binnen 10 weken een besluit.");
		assertThat(this.mvc.get().uri("/uitdaagrecht/nieuw")).hasStatus3xxRedirection();
	}

	@Test
	void aResidentSubmitsAHandfulOfRequestsADayAndNoMore() {
		UserId busy = this.accounts.person(AccountsFixture.email("druk"), "Druk Baasje");
		for (int i = 0; i < Requests.PER_ACCOUNT.hits(); i++) {
			String task = "Taak nummer " + i;
			assertThat(as(busy, () -> this.requests.submit(ChallengeFixture.form("9713", task, "Groep druk")).id())).isNotNull();
		}
		var refused = as(busy, () -> this.requests.submit(ChallengeFixture.form("9713", "Nog een taak", "Groep druk")));
		assertThat(refused.id()).isNull();
		assertThat(refused.limited()).isTrue();
		assertThat(this.mvc.post().uri("/uitdaagrecht/nieuw").with(signedIn(busy)).with(csrf()).param("gebied", "9713")
			.param("task", "Nog een taak").param("domain", "green").param("groupName", "Groep druk")
			.param("plan", "Wij doen het onderhoud zelf, elke week met vrijwilligers.").param("budgetAsked", "100")
			.param("supportersPeople", "3").param("contactName", "Druk").param("contactEmail", "druk@voorbeeld.nl"))
			.hasStatus(429)
			.bodyText()
			.contains("Je hebt vandaag al vaak een uitdaging ingediend.");
	}

	private UUID submitted(String task) {
		Requests.Submitted submitted = as(this.people.requester(),
				() -> this.requests.submit(ChallengeFixture.form("9713", task, "Bewonersvereniging Oosterpark")));
		assertThat(submitted.complaints().all()).isEmpty();
		return submitted.id();
	}

	private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder post(String uri, UUID id,
			UserId person) {
		return this.mvc.post().uri(uri, id).with(signedIn(person)).with(csrf());
	}

	private List<String> notices(UserId person) {
		return this.jdbc.sql("select message_key from acc_notice where recipient_id = ? and topic = 'participation' order by occurred_at")
			.param(person.value())
			.query(String.class)
			.list();
	}

	private static RequestPostProcessor signedIn(UserId person) {
		return user(person.toString());
	}

	private static List<String> verdicts(int n) {
		List<String> verdicts = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			verdicts.add("met");
		}
		return verdicts;
	}

	private static List<String> notes(int n) {
		List<String> notes = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			notes.add("Uit het plan blijkt dat het goed zit.");
		}
		return notes;
	}

}
