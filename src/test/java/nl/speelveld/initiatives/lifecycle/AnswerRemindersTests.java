package nl.speelveld.initiatives.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.initiatives.InitiativeCast;
import nl.speelveld.initiatives.InitiativeCast.Cast;
import nl.speelveld.initiatives.InitiativeStatus;
import nl.speelveld.shared.mail.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gemeente's promised answer has a timer: a reminder two days before the date and one when it has
 * passed, each once, to the guide, or before anyone took the initiative in, to the professionals who could.
 */
@SpeelveldTest
class AnswerRemindersTests {

	@Autowired
	InitiativeCast people;

	@Autowired
	AnswerReminders reminders;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	private Cast cast;

	@BeforeEach
	void theOosterparkwijk() {
		this.cast = this.people.cast();
	}

	@Test
	void theProfessionalsWhoCouldTakeItInAreRemindedOnceBeforeAndOnceAfterTheDate() {
		String title = "Speeltuin " + UUID.randomUUID();
		UUID id = this.people.idea(this.cast.initiator(), title);
		LocalDate due = LocalDate.of(2031, 3, 14);
		this.people.put(id, InitiativeStatus.SUBMITTED, this.cast.professional(), this.cast.post());
		this.jdbc.sql("update initiative set answer_due = ? where id = ?").params(due, id).update();
		String professional = this.cast.email(this.cast.professional());

		this.reminders.sendDue(due.minusDays(3));
		assertThat(mailsAbout(title, professional)).isEmpty();
		this.reminders.sendDue(due.minusDays(2));
		this.reminders.sendDue(due.minusDays(1));
		assertThat(mailsAbout(title, professional)).singleElement()
			.satisfies(mail -> assertThat(mail.subject()).isEqualTo("Antwoord bijna nodig: " + title));
		this.reminders.sendDue(due.plusDays(1));
		this.reminders.sendDue(due.plusDays(2));
		assertThat(mailsAbout(title, professional)).hasSize(2)
			.first()
			.satisfies(mail -> assertThat(mail.subject()).isEqualTo("Antwoord te laat: " + title));
		assertThat(mailsAbout(title, this.cast.email(this.cast.initiator()))).as("not the initiators").isEmpty();
	}

	@Test
	void onceTakenInOnlyTheGuideIsReminded() {
		String title = "Geveltuinen " + UUID.randomUUID();
		UUID id = this.people.idea(this.cast.initiator(), title);
		Cast other = this.people.cast();
		LocalDate due = LocalDate.of(2031, 5, 20);
		this.people.put(id, InitiativeStatus.PLAN, this.cast.professional(), this.cast.post());
		this.jdbc.sql("update initiative set answer_due = ? where id = ?").params(due, id).update();

		this.reminders.sendDue(due.plusDays(1));
		assertThat(mailsAbout(title, this.cast.email(this.cast.professional()))).singleElement()
			.satisfies(mail -> assertThat(mail.body()).contains("/initiatieven/" + id));
		assertThat(mailsAbout(title, other.email(other.professional()))).isEmpty();
	}

	private List<Outbox.Message> mailsAbout(String title, String to) {
		return this.outbox.newest(500)
			.stream()
			.filter(mail -> mail.recipient().equals(to) && mail.subject().contains(title))
			.toList();
	}

}
