package nl.speelveld.routing.questions;

import java.time.LocalDate;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.routing.questions.QuestionsFixture.Holder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Coordinators of a gemeente set the first-response term of its organisations; the due dates follow it. */
@SpeelveldTest
class ResponseTermsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	QuestionsFixture questions;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	ResponseTerms terms;

	@Autowired
	JdbcClient jdbc;

	private Holder agent;

	private UserId utrecht;

	private UserId amsterdam;

	@BeforeEach
	void coordinatorsOfTwoGemeenten() {
		this.agent = this.questions.holder("wijkagent", "WK034406", "Wendy");
		UUID office = this.accounts.organisation(QuestionsFixture.unique("Gemeente"), OrganisationType.GEMEENTE, "GM0344");
		this.utrecht = this.accounts.coordinator(AccountsFixture.email("utrecht"), office, new AreaCode("GM0344"));
		UUID other = this.accounts.organisation(QuestionsFixture.unique("Gemeente"), OrganisationType.GEMEENTE, "GM0363");
		this.amsterdam = this.accounts.coordinator(AccountsFixture.email("amsterdam"), other, new AreaCode("GM0363"));
	}

	@Test
	void theCoordinatorOfTheGemeenteSetsATermAndDueDatesFollowIt() {
		assertThat(this.mvc.get().uri("/beheer/reactietermijnen").param("naam", this.agent.organisationName()).with(user(this.utrecht.toString()))).hasStatusOk()
			.bodyText().contains("Reactietermijnen", "3 werkdagen (standaard)", "dagen-" + this.agent.organisation());

		assertThat(this.mvc.post().uri("/beheer/reactietermijnen/" + this.agent.organisation()).param("days", "7")
			.param("gemeente", "GM0344").with(user(this.utrecht.toString())).with(csrf()))
			.hasRedirectedUrl("/beheer/reactietermijnen?gemeente=GM0344")
			.flash().containsEntry("done", "response-term.done.set");

		assertThat(this.terms.daysFor(this.agent.organisation())).isEqualTo(7);
		assertThat(this.mvc.get().uri("/beheer/reactietermijnen?gemeente=GM0344").param("naam", this.agent.organisationName()).with(user(this.utrecht.toString())))
			.bodyText().contains("7 werkdagen");
		assertThat(this.jdbc.sql("""
				select count(*) from acc_audit where action = 'response-term-set' and subject_id = ? and actor_id = ?""")
			.params(this.agent.organisation().toString(), this.utrecht.value())
			.query(Integer.class)
			.single()).isEqualTo(1);
		UUID id = this.questions.id(this.questions.delivered(this.agent, "WK034406"));
		assertThat(this.questions.question(id).dueOn())
			.isEqualTo(WorkingDays.plus(LocalDate.now(LeavingQuestions.AMSTERDAM), 7));

		assertThat(this.mvc.post().uri("/beheer/reactietermijnen/" + this.agent.organisation()).param("days", "")
			.param("gemeente", "GM0344").with(user(this.utrecht.toString())).with(csrf())).hasStatus3xxRedirection();
		assertThat(this.terms.daysFor(this.agent.organisation())).isEqualTo(3);
	}

	@Test
	void aTermOutsideTheRangeIsExplainedAndChangesNothing() {
		for (String wrong : new String[] { "0", "31", "drie", "-2" }) {
			assertThat(this.mvc.post().uri("/beheer/reactietermijnen/" + this.agent.organisation()).param("days", wrong)
				.param("gemeente", "GM0344").with(user(this.utrecht.toString())).with(csrf()))
				.hasStatus(400).bodyText().contains("Vul een aantal werkdagen in van 1 tot en met 30");
		}
		assertThat(this.terms.daysFor(this.agent.organisation())).isEqualTo(3);
	}

	@Test
	void othersCannotSetIt() {
		assertThat(this.mvc.post().uri("/beheer/reactietermijnen/" + this.agent.organisation()).param("days", "9")
			.with(user(this.amsterdam.toString())).with(csrf())).hasStatus(403);
		assertThat(this.mvc.post().uri("/beheer/reactietermijnen/" + this.agent.organisation()).param("days", "99")
			.with(user(this.amsterdam.toString())).with(csrf())).hasStatus(403);
		assertThat(this.mvc.post().uri("/beheer/reactietermijnen/" + this.agent.organisation()).param("days", "9")
			.with(user(this.agent.user().toString())).with(csrf())).hasStatus(403);
		assertThat(this.mvc.get().uri("/beheer/reactietermijnen?gemeente=GM0344").param("naam", this.agent.organisationName()).with(user(this.amsterdam.toString())))
			.hasStatusOk().bodyText().doesNotContain("dagen-" + this.agent.organisation());
		assertThat(this.terms.daysFor(this.agent.organisation())).isEqualTo(3);
	}

}
