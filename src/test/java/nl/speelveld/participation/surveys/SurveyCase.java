package nl.speelveld.participation.surveys;

import java.util.UUID;

import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** What the tests of surveys share: the people, the fixtures and the requests they make. */
abstract class SurveyCase {

	/** Wijk Centrum of Groningen: postcode 9712 lies in it. */
	static final AreaCode CENTRUM = new AreaCode("WK001400");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProcessFixture processes;

	@Autowired
	SurveysFixture surveys;

	@Autowired
	SurveyStore store;

	@Autowired
	Responding responding;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.util.List<PersonalDataHolder> holders;

	Process inSurveyPhase(AreaCode area) {
		return this.processes.process(area, PhaseKind.INFORMATION, PhaseKind.SURVEY).openIn(1);
	}

	MvcTestResult respond(Process process, UUID survey, UserId who, String... namesAndValues) {
		var request = this.mvc.post().uri(page(process, survey)).with(signedIn(who)).with(csrf());
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			request = request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		return request.exchange();
	}

	static String page(Process process, UUID survey) {
		return "/participatie/" + process.id() + "/vragenlijsten/" + survey;
	}

	UserId resident() {
		return this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner");
	}

	UserId coordinator(Process process) {
		return this.accounts.coordinator(AccountsFixture.email("traject"),
				this.accounts.organisation("Gemeente Groningen " + process.id(), OrganisationType.GEMEENTE, "GM0014"),
				new AreaCode("GM0014"));
	}

	UserId elsewhere() {
		return this.accounts.coordinator(AccountsFixture.email("elders"),
				this.accounts.organisation("Gemeente Utrecht " + UUID.randomUUID(), OrganisationType.GEMEENTE, "GM0344"),
				new AreaCode("GM0344"));
	}

	static RequestPostProcessor signedIn(UserId who) {
		return user(who.toString());
	}

}
