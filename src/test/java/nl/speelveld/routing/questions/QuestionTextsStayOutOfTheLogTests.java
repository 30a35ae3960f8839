package nl.speelveld.routing.questions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.routing.questions.QuestionsFixture.Holder;
import nl.speelveld.shared.mail.Outbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What residents and professionals write never reaches a log line: the whole life of a question, with bad
 * input, refusals, reminders and retention on the way, leaves none of its texts or the address in the output.
 */
@SpeelveldTest
@ExtendWith(OutputCaptureExtension.class)
class QuestionTextsStayOutOfTheLogTests {

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
	Outbox outbox;

	@Test
	void noTextOfAQuestionAppearsInTheLogDuringItsWholeLife(CapturedOutput output) {
		Holder agent = this.questions.holder("wijkagent", BINNENSTAD, "Wendy");
		Holder mediator = this.questions.holder("buurtbemiddelaar", BINNENSTAD, "Mira");
		String question = "Geheime vraag " + UUID.randomUUID();
		String answer = "Geheim antwoord " + UUID.randomUUID();
		String note = "Geheime overdracht " + UUID.randomUUID();
		String closing = "Geheime afsluiting " + UUID.randomUUID();
		String email = AccountsFixture.email("geheim");
		String post = agent.post().toString();

		// Asking the wegwijzer, on the page and through the API, well and badly formed
		this.mvc.post().uri("/wegwijzer").param("vraag", question).param("postcode", "3511").with(csrf()).exchange();
		this.mvc.post().uri("/wegwijzer").param("vraag", question).param("postcode", "0000").with(csrf()).exchange();
		this.mvc.post().uri("/api/v1/routing").contentType(MediaType.APPLICATION_JSON)
			.content("{\"question\":\"" + question + "\",\"postcode\":\"3511\"}").exchange();
		this.mvc.post().uri("/api/v1/routing").contentType(MediaType.APPLICATION_JSON)
			.content("{\"question\": " + question + ", \"postcode\": 3511}").exchange();
		this.mvc.post().uri("/api/v1/routing").contentType(MediaType.APPLICATION_JSON)
			.content("{\"question\":\"" + question + "\",\"area\":\"" + question + "\"}").exchange();

		this.mvc.post().uri("/wegwijzer/achterlaten").param("question", question).param("area", BINNENSTAD)
			.param("post", post).param("role", "wijkagent").with(csrf()).exchange();
		this.mvc.post().uri("/wegwijzer/vragen").param("question", question).param("area", BINNENSTAD)
			.param("post", UUID.randomUUID().toString()).param("email", email).param("consent", "ja").with(csrf()).exchange();
		this.mvc.post().uri("/wegwijzer/vragen").param("question", question + "x".repeat(2000)).param("area", BINNENSTAD)
			.param("post", post).param("email", email).param("consent", "ja").with(csrf()).exchange();
		assertThat(this.mvc.post().uri("/wegwijzer/vragen").param("question", question).param("area", BINNENSTAD)
			.param("post", post).param("role", "wijkagent").param("email", email).param("consent", "ja").with(csrf()))
			.hasStatus3xxRedirection();
		for (int i = 0; i < 3; i++) {
			this.mvc.post().uri("/wegwijzer/vragen").param("question", question).param("area", BINNENSTAD)
				.param("post", post).param("email", email).param("consent", "ja").with(csrf()).exchange();
		}
		String link = LeavingAQuestionTests.statusPath(mails(email).get(mails(email).size() - 1).body());
		this.mvc.get().uri(link).exchange();
		this.mvc.post().uri(link + "/bevestigen").with(csrf()).exchange();
		UUID id = this.questions.id(link.substring(link.lastIndexOf('/') + 1));
		String inbox = "/inbox/" + id;

		this.mvc.get().uri(inbox).with(user(agent.user().toString())).exchange();
		this.mvc.get().uri(inbox).with(user(mediator.user().toString())).exchange();
		this.mvc.post().uri(inbox + "/beantwoorden").param("answer", answer + "x".repeat(4000))
			.with(user(agent.user().toString())).with(csrf()).exchange();
		this.mvc.post().uri(inbox + "/beantwoorden").param("answer", answer).with(user(mediator.user().toString()))
			.with(csrf()).exchange();
		this.mvc.post().uri(inbox + "/beantwoorden").param("answer", answer).with(user(agent.user().toString()))
			.with(csrf()).exchange();
		this.mvc.post().uri(inbox + "/doorgeven").param("role", "dorpsondersteuner").param("note", note)
			.with(user(agent.user().toString())).with(csrf()).exchange();
		this.mvc.post().uri(inbox + "/doorgeven").param("post", mediator.post().toString()).param("note", note)
			.with(user(agent.user().toString())).with(csrf()).exchange();
		this.questions.dueOn(id, LocalDate.now(LeavingQuestions.AMSTERDAM).minusDays(3));
		this.reminders.sendDue(WorkingDays.next(LocalDate.now(LeavingQuestions.AMSTERDAM)));
		this.mvc.post().uri(inbox + "/afsluiten").param("outcome", "helped").param("note", closing)
			.with(user(mediator.user().toString())).with(csrf()).exchange();
		this.mvc.post().uri(inbox + "/afsluiten").param("outcome", "helped").param("note", closing)
			.with(user(mediator.user().toString())).with(csrf()).exchange();
		this.mvc.get().uri(link).exchange();
		this.questions.closedAgo(id, Duration.ofDays(200));
		this.retention.run(Instant.now());
		this.mvc.post().uri(link + "/intrekken").with(csrf()).exchange();

		assertThat(this.questions.question(id).text()).as("the flow ran to its end").isNull();
		assertThat(output.getAll()).as("the log is captured").contains("Wegwijzer reminders for")
			.doesNotContain(question, answer, note, closing, email);
	}

	private List<Outbox.Message> mails(String email) {
		return this.outbox.newest(1000)
			.stream()
			.filter(mail -> mail.recipient().equalsIgnoreCase(email))
			.sorted(java.util.Comparator.comparing(Outbox.Message::createdAt))
			.toList();
	}

}
