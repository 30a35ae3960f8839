package nl.speelveld.routing.questions;

import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.UserId;
import nl.speelveld.routing.QuestionClosed;
import nl.speelveld.routing.QuestionOutcome;
import nl.speelveld.routing.questions.QuestionsFixture.Holder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A resident who also has an account finds the questions left with its address in their download, and
 * erasing the account withdraws them: their texts and the address go.
 */
@SpeelveldTest
class QuestionsInPersonalDataTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	QuestionsFixture questions;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	RoutingEvents events;

	@Test
	void questionsLeftWithTheAccountsAddressAreDownloadedAndErasedWithIt() {
		Holder agent = this.questions.holder("wijkagent", "WK034406", "Wendy");
		String email = AccountsFixture.email("bewoner");
		UserId resident = this.accounts.person(email, "Bea Bewoner");
		String text = QuestionsFixture.unique("Wie ruimt het grofvuil bij ons op?");
		UUID id = this.questions.id(this.questions.delivered(agent, "WK034406", text, email.toUpperCase()));
		UUID unconfirmed = this.questions.id(this.questions.left(agent, "WK034406", "Nog niet bevestigd", email));

		assertThat(this.mvc.get().uri("/account/gegevens").with(user(resident.toString()))).hasStatusOk().bodyText()
			.contains("\"wegwijzer\"", "routing_question", text);

		assertThat(this.mvc.post().uri("/account/verwijderen").param("zeker", "ja").with(user(resident.toString()))
			.with(csrf())).hasStatus3xxRedirection();

		Question withdrawn = this.questions.question(id);
		assertThat(withdrawn.text()).isNull();
		assertThat(withdrawn.email()).isNull();
		assertThat(withdrawn.outcome()).isEqualTo(QuestionOutcome.WITHDRAWN);
		assertThat(this.events.about(id)).last().isInstanceOf(QuestionClosed.class);
		assertThat(this.questions.exists(unconfirmed)).isFalse();
	}

}
