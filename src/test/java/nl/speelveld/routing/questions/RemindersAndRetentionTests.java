package nl.speelveld.routing.questions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.routing.QuestionOutcome;
import nl.speelveld.routing.questions.QuestionsFixture.Holder;
import nl.speelveld.shared.mail.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The holder of a post hears once when a first response is due and once more when it is overdue, never more,
 * and the new holder after a hand-off hears the same; the retention job empties closed questions after the
 * retention period and keeps what insights need.
 */
@SpeelveldTest
class RemindersAndRetentionTests {

	private static final String BINNENSTAD = "WK034406";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	QuestionsFixture questions;

	@Autowired
	QuestionReminders reminders;

	@Autowired
	QuestionRetention retention;

	@Autowired
	QuestionSettings settings;

	@Autowired
	Outbox outbox;

	private Holder agent;

	@BeforeEach
	void aWijkagentInTheBinnenstad() {
		this.agent = this.questions.holder("wijkagent", BINNENSTAD, "Wendy");
	}

	@Test
	void theHolderIsRemindedOnceWhenDueAndOnceWhenOverdue() {
		UUID id = this.questions.id(this.questions.delivered(this.agent, BINNENSTAD));
		LocalDate due = WorkingDays.next(LocalDate.now(LeavingQuestions.AMSTERDAM));
		this.questions.dueOn(id, due);

		this.reminders.sendDue(due.minusDays(1));
		assertThat(reminders()).as("not yet due").isEmpty();

		this.reminders.sendDue(due);
		this.reminders.sendDue(due);
		assertThat(reminders()).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).isEqualTo("Vandaag reageren op een vraag van een bewoner");
			assertThat(mail.body()).contains("/inbox/" + id, "Hallo " + this.agent.name());
		});

		LocalDate nextWorkingDay = WorkingDays.next(due);
		this.reminders.sendDue(nextWorkingDay);
		this.reminders.sendDue(nextWorkingDay);
		this.reminders.sendDue(WorkingDays.next(nextWorkingDay));
		this.reminders.sendDue(nextWorkingDay.plusDays(30));
		assertThat(reminders()).hasSize(2).first().satisfies(mail -> {
			assertThat(mail.subject()).isEqualTo("Een vraag van een bewoner wacht te lang");
			assertThat(mail.body()).contains("Dit is de laatste herinnering");
		});
	}

	@Test
	void nothingIsSentOnAWeekendAndAMissedDueReminderBecomesTheOverdueOneOnly() {
		UUID id = this.questions.id(this.questions.delivered(this.agent, BINNENSTAD));
		LocalDate friday = LocalDate.of(2030, 3, 1);
		this.questions.dueOn(id, friday);

		this.reminders.sendDue(friday.plusDays(1));
		this.reminders.sendDue(friday.plusDays(2));
		assertThat(reminders()).isEmpty();

		this.reminders.sendDue(friday.plusDays(3));
		this.reminders.sendDue(friday.plusDays(4));
		assertThat(reminders()).singleElement()
			.satisfies(mail -> assertThat(mail.subject()).isEqualTo("Een vraag van een bewoner wacht te lang"));
	}

	@Test
	void aResponseEndsTheReminders() {
		String token = this.questions.delivered(this.agent, BINNENSTAD);
		UUID id = this.questions.id(token);
		LocalDate due = WorkingDays.next(LocalDate.now(LeavingQuestions.AMSTERDAM));
		this.questions.dueOn(id, due);
		this.mvc.post().uri("/inbox/" + id + "/oppakken").with(user(this.agent.user().toString())).with(csrf()).exchange();

		this.reminders.sendDue(due);
		this.reminders.sendDue(WorkingDays.next(due));

		assertThat(reminders()).isEmpty();
	}

	@Test
	void afterAHandOffTheNewHolderIsRemindedAndTheOldOneNoMore() {
		String token = this.questions.delivered(this.agent, BINNENSTAD);
		UUID id = this.questions.id(token);
		LocalDate due = WorkingDays.next(LocalDate.now(LeavingQuestions.AMSTERDAM));
		this.questions.dueOn(id, due);
		this.reminders.sendDue(due);
		assertThat(reminders()).hasSize(1);
		Holder mediator = this.questions.holder("buurtbemiddelaar", BINNENSTAD, "Mira");

		this.mvc.post().uri("/inbox/" + id + "/doorgeven").param("post", mediator.post().toString())
			.param("note", "Een burenruzie").with(user(this.agent.user().toString())).with(csrf()).exchange();
		assertThat(this.questions.question(id).post()).isEqualTo(mediator.post());
		this.questions.dueOn(id, due);
		this.reminders.sendDue(due);
		this.reminders.sendDue(WorkingDays.next(due));
		this.reminders.sendDue(WorkingDays.next(WorkingDays.next(due)));

		assertThat(reminders()).as("the old holder").hasSize(1);
		assertThat(reminders(mediator.email())).as("the new holder").hasSize(2);
	}

	@Test
	void retentionEmptiesClosedQuestionsAfterThePeriodAndKeepsWhatInsightsNeed() {
		String email = AccountsFixture.email("oud");
		String text = QuestionsFixture.unique("Een vraag van lang geleden");
		String token = this.questions.delivered(this.agent, BINNENSTAD, text, email);
		UUID old = this.questions.id(token);
		this.mvc.post().uri("/inbox/" + old + "/beantwoorden").param("answer", "Een antwoord van lang geleden")
			.with(user(this.agent.user().toString())).with(csrf()).exchange();
		this.mvc.post().uri("/inbox/" + old + "/afsluiten").param("outcome", "helped").param("note", "Tot ziens")
			.with(user(this.agent.user().toString())).with(csrf()).exchange();
		assertThat(this.questions.question(old).status()).isEqualTo(QuestionStatus.CLOSED);
		UUID recent = closedQuestion();
		UUID open = this.questions.id(this.questions.delivered(this.agent, BINNENSTAD));
		assertThat(this.settings.retention()).isEqualTo(Period.ofMonths(6));
		this.questions.closedAgo(old, Duration.ofDays(6 * 31 + 1));
		this.questions.closedAgo(recent, Duration.ofDays(5 * 30));

		var run = this.retention.run(Instant.now());

		assertThat(run.erased()).isGreaterThanOrEqualTo(1);
		var row = this.questions.row(old);
		assertThat(row).containsEntry("question", null).containsEntry("email", null)
			.containsEntry("role_code", "wijkagent").containsEntry("area_code", BINNENSTAD)
			.containsEntry("outcome", QuestionOutcome.HELPED.key()).containsEntry("status", "closed");
		assertThat(row.get("created_at")).isNotNull();
		assertThat(row.get("delivered_at")).isNotNull();
		assertThat(row.get("first_response_at")).isNotNull();
		assertThat(row.get("closed_at")).isNotNull();
		assertThat(row.get("erased_at")).isNotNull();
		assertThat(this.questions.steps(old)).hasSize(3).allSatisfy(step -> assertThat(step.text()).isNull());
		assertThat(this.questions.links(old)).isZero();
		assertThat(this.mvc.get().uri("/wegwijzer/vraag/" + token)).hasStatus(404);

		assertThat(this.questions.question(recent).text()).isNotNull();
		assertThat(this.questions.question(recent).email()).isNotNull();
		assertThat(this.questions.question(open).text()).isNotNull();
		assertThat(this.questions.links(recent)).isPositive();
	}

	private UUID closedQuestion() {
		UUID id = this.questions.id(this.questions.delivered(this.agent, BINNENSTAD));
		this.mvc.post().uri("/inbox/" + id + "/afsluiten").param("outcome", "not-for-us")
			.with(user(this.agent.user().toString())).with(csrf()).exchange();
		return id;
	}

	private List<Outbox.Message> reminders() {
		return reminders(this.agent.email());
	}

	private List<Outbox.Message> reminders(String email) {
		return this.outbox.newest(1000)
			.stream()
			.filter(mail -> mail.recipient().equalsIgnoreCase(email))
			.filter(mail -> !mail.subject().equals("Een bewoner heeft een vraag voor je"))
			.toList();
	}

}
