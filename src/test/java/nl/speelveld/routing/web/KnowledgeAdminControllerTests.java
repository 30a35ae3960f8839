package nl.speelveld.routing.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.routing.RoleMatch;
import nl.speelveld.routing.Router;
import nl.speelveld.routing.Setting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Coordinators and administrators extend what the wegwijzer knows at /beheer/wegwijzer: every change is
 * checked with a message next to its field, audited, and used by the router from the next question on.
 */
@SpeelveldTest
class KnowledgeAdminControllerTests {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Router router;

	private UserId coordinator;

	private UserId administrator;

	@BeforeEach
	void people() {
		UUID employer = this.accounts.organisation("Gemeente Amsterdam " + UUID.randomUUID(), OrganisationType.GEMEENTE,
				"GM0363");
		// a coordinator of any scope keeps the wegwijzer's knowledge, which serves every gemeente
		this.coordinator = this.accounts.coordinator(AccountsFixture.email("coordinator"), employer,
				new AreaCode("GM0363"));
		this.administrator = this.accounts.administrator(AccountsFixture.email("beheerder"));
	}

	@Test
	void thePageListsTopicsPerThemeWithTheirTermsRolesAndTheExampleQuestions() {
		assertThat(get("/beheer/wegwijzer")).hasStatusOk().bodyText()
			.contains("Kennis van de wegwijzer", "Probeer een vraag", "Onderwerpen per thema", "Veiligheid",
					"Drugs en criminaliteit", "dealen", "Wijkagent", "Een onderwerp toevoegen", "Voorbeeldvragen per rol",
					"href=\"/beheer/wegwijzer/onderwerpen/drugs-en-criminaliteit\"");
		assertThat(get("/beheer/wegwijzer/onderwerpen/drugs-en-criminaliteit")).hasStatusOk().bodyText()
			.contains("Onderwerp: Drugs en criminaliteit", "Drugs and crime", "Een woord toevoegen",
					"Gewicht van een rol aanpassen", "Wijkagent");
		assertThat(get("/beheer")).as("the administration links to it").bodyText().contains("/beheer/wegwijzer");
		assertThat(this.mvc.get().uri("/beheer/wegwijzer").param("lang", "en")
			.with(user(this.administrator.toString()))).hasStatusOk().bodyText()
			.contains("What the wegwijzer knows", "Try a question", "Drugs and crime");
	}

	@Test
	void anUnknownTopicIsNotFound() {
		assertThat(get("/beheer/wegwijzer/onderwerpen/bestaat-niet")).hasStatus(404);
		assertThat(post("/beheer/wegwijzer/onderwerpen/bestaat-niet/woorden").param("taal", "nl").param("woord", "iets"))
			.hasStatus(404);
		assertThat(post("/beheer/wegwijzer/woorden/{id}/verwijderen", Long.MAX_VALUE)).hasStatus(404);
		assertThat(post("/beheer/wegwijzer/voorbeelden/{id}/verwijderen", Long.MAX_VALUE)).hasStatus(404);
	}

	@Test
	void aTermAddedIsUsedByTheRouterAtOnceAndAudited() {
		String word = madeUpWord();
		String question = "Wat doen we aan " + word + "?";
		assertThat(first(question)).isNotEqualTo("buurtbemiddelaar");

		assertThat(post("/beheer/wegwijzer/onderwerpen/burenruzie/woorden").param("taal", "nl").param("woord", "  " + word + " "))
			.hasRedirectedUrl("/beheer/wegwijzer/onderwerpen/burenruzie#woorden");

		assertThat(first(question)).as("routed with the new term at once").isEqualTo("buurtbemiddelaar");
		assertThat(this.jdbc.sql("select count(*) from routing_term where topic_code = 'burenruzie' and term = ? and added_by = ?")
			.params(word, this.coordinator.value()).query(Long.class).single()).isOne();
		assertThat(audited("routing-term-added", "burenruzie", "term", word)).isOne();
		assertThat(get("/beheer/wegwijzer/onderwerpen/burenruzie")).bodyText()
			.contains(word);
	}

	@Test
	void aTermRemovedIsNoLongerUsed() {
		String word = madeUpWord();
		post("/beheer/wegwijzer/onderwerpen/afval/woorden").param("taal", "en").param("woord", word).exchange();
		long id = this.jdbc.sql("select id from routing_term where term = ?").param(word).query(Long.class).single();
		assertThat(first("What do we do about " + word + "?")).isEqualTo("buurtconcierge");

		assertThat(post("/beheer/wegwijzer/woorden/{id}/verwijderen", id))
			.hasRedirectedUrl("/beheer/wegwijzer/onderwerpen/afval#woorden");

		assertThat(this.jdbc.sql("select count(*) from routing_term where id = ?").param(id).query(Long.class).single())
			.isZero();
		assertThat(audited("routing-term-removed", "afval", "term", word)).isOne();
		List<RoleMatch> ranked = this.router.route("What do we do about " + word + "?", Setting.CITY, Locale.ENGLISH);
		assertThat(ranked).allSatisfy(match -> assertThat(match.reasons()).noneMatch(reason -> reason.contains(word)));
	}

	@Test
	void aTermIsCheckedWithAMessageNextToTheField() {
		String taken = madeUpWord();
		post("/beheer/wegwijzer/onderwerpen/afval/woorden").param("taal", "nl").param("woord", taken).exchange();

		assertRefusedTerm("nl", "", "Typ een woord.");
		assertRefusedTerm("nl", "x", "Een woord of woordgroep heeft 2 tot 80 tekens.");
		assertRefusedTerm("nl", "zwerfvuil ".repeat(9), "Een woord of woordgroep heeft 2 tot 80 tekens.");
		assertRefusedTerm("nl", "de en", "Hieraan herkent de wegwijzer niets");
		assertRefusedTerm("nl", taken.toUpperCase(Locale.ROOT), "Dit woord staat al bij dit onderwerp.");
		assertRefusedTerm("fr", madeUpWord(), "Kies Nederlands of Engels.");
		assertThat(this.jdbc.sql("select count(*) from routing_term where lower(term) = ?").param(taken)
			.query(Long.class).single()).as("the duplicate was not added").isOne();
	}

	@Test
	void aTopicAddedWithItsRolesGetsTermsOnItsOwnPage() {
		String code = "kapotte-bankjes-" + madeUpWord();

		assertThat(post("/beheer/wegwijzer/onderwerpen").param("code", code).param("thema", "openbare-ruimte")
			.param("naam", "Kapotte bankjes").param("naamEngels", "Broken benches").param("gewicht-wijkcoordinator", "0,9")
			.param("gewicht-buurtconcierge", "0.5").param("gewicht-wijkagent", ""))
			.hasRedirectedUrl("/beheer/wegwijzer/onderwerpen/" + code);

		assertThat(this.jdbc.sql("select role_code || '=' || weight from routing_topic_role where topic_code = ? order by role_code")
			.param(code).query(String.class).list()).containsExactly("buurtconcierge=0.50", "wijkcoordinator=0.90");
		assertThat(this.jdbc.sql("select added_by from routing_topic where code = ?").param(code).query(UUID.class).single())
			.isEqualTo(this.coordinator.value());
		assertThat(audited("routing-topic-added", code, "name", "Kapotte bankjes")).isOne();
		assertThat(get("/beheer/wegwijzer/onderwerpen/" + code)).hasStatusOk().bodyText()
			.contains("Onderwerp: Kapotte bankjes", "Nog geen woorden in deze taal.");

		String word = madeUpWord();
		post("/beheer/wegwijzer/onderwerpen/" + code + "/woorden").param("taal", "nl").param("woord", word).exchange();
		assertThat(first("Wat doen we aan " + word + "?")).isEqualTo("wijkcoordinator");
	}

	@Test
	void aTopicIsCheckedWithAMessageNextToEachField() {
		MvcTestResult refused = post("/beheer/wegwijzer/onderwerpen").param("code", "Kapot Bankje").param("thema", "maanreizen")
			.param("naam", "").param("naamEngels", "x").param("gewicht-wijkagent", "").exchange();
		assertThat(refused).hasStatus(400).bodyText()
			.contains("Een code heeft alleen kleine letters, cijfers en streepjes", "Kies een thema uit de lijst.",
					"Typ een naam.", "Een naam heeft 2 tot 120 tekens.", "Geef bij minstens één rol een gewicht.",
					"id=\"code-error\"", "id=\"thema-error\"", "id=\"naam-error\"", "id=\"naamEngels-error\"",
					"id=\"rollen-error\"", "value=\"Kapot Bankje\"".toLowerCase(Locale.ROOT));

		for (String weight : List.of("1,5", "0", "0,05", "0,333", "veel")) {
			assertThat(aTopic("kapot-" + madeUpWord(), "gewicht-wijkagent", weight)).as(weight).hasStatus(400).bodyText()
				.contains("Een gewicht is een getal van 0,1 tot en met 1");
		}
		assertThat(aTopic("kapot-" + madeUpWord(), "gewicht-astronaut", "1")).hasStatus(400).bodyText()
			.contains("Kies een rol uit de lijst.");
		assertThat(aTopic("afval", "gewicht-wijkagent", "1")).hasStatus(400).bodyText()
			.contains("Er is al een onderwerp met deze code.");
		assertThat(aTopic("kapot-" + "x".repeat(48), "gewicht-wijkagent", "1")).hasStatus(400).bodyText()
			.contains("hoogstens 48 tekens");
		assertThat(this.jdbc.sql("select count(*) from routing_topic where code like 'kapot-%' and added_by = ?")
			.param(this.coordinator.value()).query(Long.class).single()).isZero();
	}

	@Test
	void aRoleWeightIsChangedOrTheRoleAddedToTheTopic() {
		String code = "bankjes-" + madeUpWord();
		aTopic(code, "gewicht-wijkcoordinator", "1");

		assertThat(post("/beheer/wegwijzer/onderwerpen/" + code + "/rollen").param("rol", "wijkcoordinator").param("gewicht", "0,4"))
			.hasRedirectedUrl("/beheer/wegwijzer/onderwerpen/" + code + "#rollen");
		assertThat(post("/beheer/wegwijzer/onderwerpen/" + code + "/rollen").param("rol", "buurtconcierge").param("gewicht", "1"))
			.hasStatus3xxRedirection();

		assertThat(this.jdbc.sql("select role_code || '=' || weight from routing_topic_role where topic_code = ? order by role_code")
			.param(code).query(String.class).list()).containsExactly("buurtconcierge=1.00", "wijkcoordinator=0.40");
		assertThat(audited("routing-weight-set", code, "before", "1.00")).isOne();
		String word = madeUpWord();
		post("/beheer/wegwijzer/onderwerpen/" + code + "/woorden").param("taal", "nl").param("woord", word).exchange();
		assertThat(first("Wat doen we aan " + word + "?")).isEqualTo("buurtconcierge");

		assertThat(post("/beheer/wegwijzer/onderwerpen/" + code + "/rollen").param("rol", "astronaut").param("gewicht", "2"))
			.hasStatus(400).bodyText().contains("Kies een rol uit de lijst.", "Een gewicht is een getal van 0,1 tot en met 1",
					"id=\"rol-error\"", "id=\"gewicht-error\"");
		assertThat(post("/beheer/wegwijzer/onderwerpen/" + code + "/rollen").param("rol", "wijkagent").param("gewicht", ""))
			.hasStatus(400).bodyText().contains("Een gewicht is een getal van 0,1 tot en met 1");
		assertThat(this.jdbc.sql("select count(*) from routing_topic_role where topic_code = ?").param(code)
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void anExampleQuestionIsAddedAndRemovedAndAudited() {
		String question = "Wie helpt ons met een " + madeUpWord() + " voor de speeltuin?";

		assertThat(post("/beheer/wegwijzer/voorbeelden").param("voorbeeldRol", "ideeenmakelaar").param("voorbeeldTaal", "nl")
			.param("voorbeeld", question)).hasRedirectedUrl("/beheer/wegwijzer#voorbeelden-ideeenmakelaar");

		long id = this.jdbc.sql("select id from routing_example where question = ? and role_code = 'ideeenmakelaar'")
			.param(question).query(Long.class).single();
		assertThat(audited("routing-example-added", "ideeenmakelaar", "question", question)).isOne();
		assertThat(get("/beheer/wegwijzer")).bodyText().contains(question);
		assertThat(this.router.route(question, Setting.CITY, DUTCH)).as("the example counts for its role at once")
			.anySatisfy(match -> assertThat(match.reasons()).anyMatch(reason -> reason.contains(question)));

		assertThat(post("/beheer/wegwijzer/voorbeelden/{id}/verwijderen", id))
			.hasRedirectedUrl("/beheer/wegwijzer#voorbeelden-ideeenmakelaar");
		assertThat(this.jdbc.sql("select count(*) from routing_example where id = ?").param(id).query(Long.class).single())
			.isZero();
		assertThat(audited("routing-example-removed", "ideeenmakelaar", "question", question)).isOne();
	}

	@Test
	void anExampleQuestionIsCheckedWithAMessageNextToTheField() {
		String question = "Waar kan ik een " + madeUpWord() + " lenen?";
		post("/beheer/wegwijzer/voorbeelden").param("voorbeeldRol", "buurtconcierge").param("voorbeeldTaal", "nl")
			.param("voorbeeld", question).exchange();

		assertRefusedExample("buurtconcierge", "nl", "", "Typ een voorbeeldvraag.");
		assertRefusedExample("buurtconcierge", "nl", "Hulp?", "Een voorbeeldvraag heeft 8 tot 300 tekens.");
		assertRefusedExample("buurtconcierge", "nl", "Waarom ".repeat(50), "Een voorbeeldvraag heeft 8 tot 300 tekens.");
		assertRefusedExample("buurtconcierge", "nl", question.toUpperCase(Locale.ROOT), "Deze rol heeft deze voorbeeldvraag al.");
		assertRefusedExample("astronaut", "nl", "Wie brengt mij naar de maan?", "Kies een rol uit de lijst.");
		assertRefusedExample("buurtconcierge", "de", "Wo finde ich Hilfe bei Müll?", "Kies Nederlands of Engels.");
		assertThat(this.jdbc.sql("select count(*) from routing_example where lower(question) = lower(?)").param(question)
			.query(Long.class).single()).isOne();
	}

	@Test
	void theTryBoxShowsTheRankedRolesWithScoresAndReasons() {
		assertThat(post("/beheer/wegwijzer/probeer").param("vraag", "Er wordt gedeald in ons portiek").param("omgeving", "stad"))
			.hasStatusOk().bodyText()
			.contains("Rollen voor deze vraag, de best passende eerst", "Wijkagent", "Je vraag gaat over drugs en criminaliteit",
					"Er wordt gedeald in ons portiek</textarea>");
		assertThat(post("/beheer/wegwijzer/probeer").param("vraag", "  ").param("omgeving", "stad")).hasStatus(400)
			.bodyText().contains("Typ een vraag.", "id=\"vraag-error\"");
		assertThat(post("/beheer/wegwijzer/probeer").param("vraag", "Waar is de buurtconcierge?").param("omgeving", "maan"))
			.hasStatus(400).bodyText().contains("Kies stad of dorp.");
		assertThat(post("/beheer/wegwijzer/probeer").param("vraag", "a".repeat(2001)).param("omgeving", "dorp"))
			.hasStatus(400).bodyText().contains("Een vraag heeft hoogstens 2.000 tekens.");
	}

	@Test
	void administratorsKeepTheKnowledgeTooAndResidentsCannot() {
		String word = madeUpWord();
		assertThat(this.mvc.post().uri("/beheer/wegwijzer/onderwerpen/afval/woorden").param("taal", "nl").param("woord", word)
			.with(user(this.administrator.toString())).with(csrf())).hasStatus3xxRedirection();
		UserId resident = this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner");
		String other = madeUpWord();
		assertThat(this.mvc.post().uri("/beheer/wegwijzer/onderwerpen/afval/woorden").param("taal", "nl").param("woord", other)
			.with(user(resident.toString())).with(csrf())).hasStatus(403);
		assertThat(this.jdbc.sql("select count(*) from routing_term where term in (?, ?)").params(word, other)
			.query(Long.class).single()).isOne();
	}

	private void assertRefusedTerm(String lang, String word, String message) {
		assertThat(post("/beheer/wegwijzer/onderwerpen/afval/woorden").param("taal", lang).param("woord", word))
			.as(word).hasStatus(400).bodyText().contains(message, "Onderwerp: Afval");
	}

	private void assertRefusedExample(String role, String lang, String question, String message) {
		assertThat(post("/beheer/wegwijzer/voorbeelden").param("voorbeeldRol", role).param("voorbeeldTaal", lang)
			.param("voorbeeld", question)).as(question).hasStatus(400).bodyText().contains(message);
	}

	private MvcTestResult aTopic(String code, String weightField, String weight) {
		return post("/beheer/wegwijzer/onderwerpen").param("code", code).param("thema", "openbare-ruimte")
			.param("naam", "Kapotte bankjes").param("naamEngels", "Broken benches").param(weightField, weight).exchange();
	}

	private String first(String question) {
		List<RoleMatch> ranked = this.router.route(question, Setting.CITY, DUTCH);
		return ranked.isEmpty() ? "" : ranked.get(0).roleCode();
	}

	private long audited(String action, String subject, String detail, String value) {
		return this.jdbc.sql("""
				select count(*) from acc_audit where action = ? and subject_id = ? and details ->> ? = ?""")
			.params(action, subject, detail, value)
			.query(Long.class)
			.single();
	}

	private MvcTestResult get(String path) {
		return this.mvc.get().uri(path).with(user(this.coordinator.toString())).exchange();
	}

	private MockMvcTester.MockMvcRequestBuilder post(String path, Object... variables) {
		return this.mvc.post().uri(path, variables).with(user(this.coordinator.toString())).with(csrf());
	}

	/** A word nobody writes, so that only the test's own knowledge can recognise it. */
	private static String madeUpWord() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

}
