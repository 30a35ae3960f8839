package nl.speelveld.routing.questions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.routing.QuestionClosed;
import nl.speelveld.routing.QuestionOutcome;
import nl.speelveld.routing.QuestionRouted;
import nl.speelveld.routing.questions.QuestionsFixture.Holder;
import nl.speelveld.shared.mail.Outbox;
import nl.speelveld.shared.ratelimit.RateLimit;
import nl.speelveld.shared.ratelimit.RateLimiter;
import nl.speelveld.socialmap.SocialMapFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A resident leaves a question with the post the wegwijzer showed: to whom it goes, the consent with the
 * retention period, a confirmation link by mail that confirms on a button only, and the link as their status
 * page from which they can withdraw. Bad input is explained next to the field and stores nothing.
 */
@SpeelveldTest
class LeavingAQuestionTests {

	private static final String BINNENSTAD = "WK034406";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	QuestionsFixture questions;

	@Autowired
	SocialMapFixture socialMap;

	@Autowired
	RoutingEvents events;

	@Autowired
	Outbox outbox;

	@Autowired
	RateLimiter limiter;

	@Autowired
	QuestionRetention retention;

	private Holder agent;

	@BeforeEach
	void aWijkagentInTheBinnenstad() {
		this.agent = this.questions.holder("wijkagent", BINNENSTAD, "Wendy");
	}

	@Test
	void theFormShowsWhoGetsTheQuestionAndWhatHappensWithTheData() {
		String text = QuestionsFixture.unique("Er wordt gedeald in ons portiek");

		assertThat(this.mvc.perform(post("/wegwijzer/achterlaten").param("question", text).param("area", BINNENSTAD)
			.param("post", this.agent.post().toString()).param("role", "wijkagent").with(csrf())))
			.hasStatusOk()
			.bodyText()
			.contains("Laat je vraag achter", this.agent.name(), "Wijkagent", "Binnenstad", text,
					"na 6 maanden je vraag, de antwoorden en je e-mailadres", "binnen 48 uur", "name=\"consent\"",
					"action=\"/wegwijzer/vragen\"");
	}

	@Test
	void theFormInEnglishStatesTheRetentionPeriodInEnglish() {
		assertThat(this.mvc.perform(leaveForm("Who helps with litter?").param("lang", "en")))
			.hasStatusOk()
			.bodyText()
			.contains("Leave your question", "after 6 months", "Who gets your question?");
	}

	@Test
	void anUnknownOrEndedPostIsExplainedAndNothingIsOffered() {
		assertThat(this.mvc.perform(post("/wegwijzer/achterlaten").param("question", "Vraag").param("area", BINNENSTAD)
			.param("post", UUID.randomUUID().toString()).param("role", "wijkagent").with(csrf())))
			.hasStatus(400)
			.bodyText()
			.contains("Bij deze persoon kun je via Speelveld geen vraag achterlaten")
			.doesNotContain("action=\"/wegwijzer/vragen\"");

		UUID ended = this.socialMap.aPost("wijkagent", this.agent.organisation()).heldBy(this.agent.professional())
			.covering(BINNENSTAD).endedOn(java.time.LocalDate.now().minusDays(3)).save();
		assertThat(this.mvc.perform(leaveForm("Vraag", ended, BINNENSTAD, "")))
			.hasStatus(400)
			.bodyText()
			.contains("Bij deze persoon kun je via Speelveld geen vraag achterlaten");

		UUID nobodysInbox = this.socialMap.aPost("wijkagent", this.agent.organisation()).covering(BINNENSTAD).save();
		assertThat(this.mvc.perform(leaveForm("Vraag", nobodysInbox, BINNENSTAD, ""))).hasStatus(400);
		assertThat(this.mvc.perform(leaveForm("Vraag", this.agent.post(), "WK9999ZZ", "")))
			.hasStatus(400)
			.bodyText()
			.contains("We weten niet over welke plek je vraag gaat");
	}

	@Test
	void badInputIsExplainedNextToTheFieldAndStoresNothing() {
		String email = AccountsFixture.email("bewoner");
		record Case(MockHttpServletRequestBuilder request, String message) {
		}
		List<Case> cases = List.of(new Case(send("", email, true), "Schrijf je vraag op."),
				new Case(send("x".repeat(2001), email, true), "Je vraag is te lang. Gebruik hoogstens 2000 tekens."),
				new Case(send("Wie helpt?", "geen-adres", true), "Dit e-mailadres klopt niet."),
				new Case(send("Wie helpt?", "", true), "Vul je e-mailadres in."),
				new Case(send("Wie helpt?", email, false), "Vink aan dat je akkoord gaat."),
				new Case(send("Wie helpt?", email, true).param("post", UUID.randomUUID().toString()),
						"Bij deze persoon kun je via Speelveld geen vraag achterlaten"),
				new Case(send("Wie helpt?", email, true).param("role", "opbouwwerker"),
						"Bij deze persoon kun je via Speelveld geen vraag achterlaten"));
		for (Case bad : cases) {
			assertThat(this.mvc.perform(bad.request())).as(bad.message()).hasStatus(400).bodyText()
				.contains(bad.message(), "class=\"field__error\"");
		}
		assertThat(this.questions.storedFor(email)).isZero();
		assertThat(mailsTo(email)).isEmpty();
	}

	@Test
	void aQuestionWaitsForConfirmationFromTheMailAndThenReachesThePost() {
		String email = AccountsFixture.email("bewoner");
		String text = QuestionsFixture.unique("Er wordt gedeald in ons portiek, wie kan helpen?");

		assertThat(this.mvc.perform(send(text, email, true))).hasRedirectedUrl("/wegwijzer/controleer-je-mail");
		assertThat(this.mvc.get().uri("/wegwijzer/controleer-je-mail")).hasStatusOk().bodyText().contains("Kijk in je mail");

		var mail = mailsTo(email).get(0);
		assertThat(mail.subject()).isEqualTo("Bevestig je vraag aan " + this.agent.name());
		assertThat(mail.body()).contains("Wijkagent", "48 uur").doesNotContain(text);
		String link = statusPath(mail.body());
		Question left = this.questions.question(link.substring(link.lastIndexOf('/') + 1));
		assertThat(left.status()).isEqualTo(QuestionStatus.UNVERIFIED);
		assertThat(left.text()).isEqualTo(text);
		assertThat(left.email()).isEqualTo(email);
		assertThat(left.area().value()).isEqualTo(BINNENSTAD);
		assertThat(left.roleCode()).isEqualTo("wijkagent");

		assertThat(this.mvc.get().uri(link)).hasStatusOk().bodyText()
			.contains("Bevestig je vraag", text, "Ja, verstuur mijn vraag");
		assertThat(this.questions.question(left.id()).status()).as("opening the link confirms nothing")
			.isEqualTo(QuestionStatus.UNVERIFIED);
		assertThat(this.mvc.get().uri("/inbox").with(holder())).bodyText().doesNotContain(text);

		assertThat(this.mvc.post().uri(link + "/bevestigen").with(csrf())).hasRedirectedUrl(link);
		Question delivered = this.questions.question(left.id());
		assertThat(delivered.status()).isEqualTo(QuestionStatus.DELIVERED);
		assertThat(delivered.dueOn()).isEqualTo(WorkingDays.plus(java.time.LocalDate.now(LeavingQuestions.AMSTERDAM), 3));
		assertThat(this.events.about(left.id())).singleElement().isInstanceOfSatisfying(QuestionRouted.class, routed -> {
			assertThat(routed.roleCode()).isEqualTo("wijkagent");
			assertThat(routed.area().value()).isEqualTo(BINNENSTAD);
			assertThat(routed.post()).isEqualTo(this.agent.post());
		});
		assertThat(mailsTo(this.agent.email())).singleElement().satisfies(arrived -> {
			assertThat(arrived.subject()).isEqualTo("Een bewoner heeft een vraag voor je");
			assertThat(arrived.body()).contains("/inbox/" + left.id()).doesNotContain(text);
		});
		assertThat(this.mvc.get().uri(link)).hasStatusOk().bodyText()
			.contains("Je vraag", "aangekomen bij " + this.agent.name(), text, "Vraag intrekken en verwijderen")
			.doesNotContain("Ja, verstuur mijn vraag");
		assertThat(this.mvc.get().uri("/inbox").with(holder())).bodyText().contains(text.substring(0, 30));

		assertThat(this.mvc.post().uri(link + "/bevestigen").with(csrf())).as("twice is harmless").hasRedirectedUrl(link);
		assertThat(this.events.about(left.id())).hasSize(1);
	}

	@Test
	void theStatusPageIsPrivate() {
		String token = this.questions.delivered(this.agent, BINNENSTAD);

		var response = this.mvc.get().uri("/wegwijzer/vraag/" + token).exchange().getResponse();
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(response.getHeader("X-Robots-Tag")).isEqualTo("noindex");
	}

	@Test
	void anUnknownLinkIsExplained() {
		assertThat(this.mvc.get().uri("/wegwijzer/vraag/" + QuestionLinks.newToken())).hasStatus(404).bodyText()
			.contains("Deze link werkt niet (meer)", "6 maanden");
		assertThat(this.mvc.get().uri("/wegwijzer/vraag/kort")).hasStatus(404);
		assertThat(this.mvc.post().uri("/wegwijzer/vraag/" + QuestionLinks.newToken() + "/bevestigen").with(csrf()))
			.hasStatus(404);
		assertThat(this.mvc.post().uri("/wegwijzer/vraag/" + QuestionLinks.newToken() + "/intrekken").with(csrf()))
			.hasStatus(404);
	}

	@Test
	void aQuestionNotConfirmedWithinTwoDaysIsNotDeliveredAndIsDeleted() {
		String token = this.questions.left(this.agent, BINNENSTAD, "Te laat bevestigd", AccountsFixture.email("laat"));
		UUID id = this.questions.id(token);
		this.questions.leftAgo(id, Duration.ofHours(49));

		assertThat(this.mvc.get().uri("/wegwijzer/vraag/" + token)).hasStatusOk().bodyText()
			.contains("Deze link is verlopen").doesNotContain("Ja, verstuur mijn vraag");
		assertThat(this.mvc.post().uri("/wegwijzer/vraag/" + token + "/bevestigen").with(csrf())).hasStatus3xxRedirection();
		assertThat(this.questions.question(id).status()).isEqualTo(QuestionStatus.UNVERIFIED);

		String fresh = this.questions.left(this.agent, BINNENSTAD, "Net op tijd", AccountsFixture.email("optijd"));
		this.questions.leftAgo(this.questions.id(fresh), Duration.ofHours(47));
		this.retention.run(Instant.now());

		assertThat(this.questions.exists(id)).isFalse();
		assertThat(this.questions.exists(this.questions.id(fresh))).isTrue();
	}

	@Test
	void whenThePostCannotReceiveAnyMoreTheConfirmationSaysSoAndKeepsNothing() {
		Holder leaving = this.questions.holder("buurtconcierge", BINNENSTAD, "Bart");
		String token = this.questions.left(leaving, BINNENSTAD, "Er ligt zwerfvuil", AccountsFixture.email("vuil"));
		UUID id = this.questions.id(token);
		this.questions.endPost(leaving.post());

		assertThat(this.mvc.post().uri("/wegwijzer/vraag/" + token + "/bevestigen").with(csrf())).hasStatus(410)
			.bodyText().contains("Je vraag kan niet worden verstuurd");
		assertThat(this.questions.exists(id)).isFalse();
	}

	@Test
	void theResidentWithdrawsTheQuestionAndItsTextAndAddressGoAtOnce() {
		String email = AccountsFixture.email("intrekker");
		String text = QuestionsFixture.unique("Mijn buren maken veel lawaai");
		String token = this.questions.delivered(this.agent, BINNENSTAD, text, email);
		UUID id = this.questions.id(token);

		assertThat(this.mvc.post().uri("/wegwijzer/vraag/" + token + "/intrekken").with(csrf()))
			.hasRedirectedUrl("/wegwijzer/vraag-ingetrokken");
		assertThat(this.mvc.get().uri("/wegwijzer/vraag-ingetrokken")).hasStatusOk().bodyText()
			.contains("Je vraag is ingetrokken");

		Question withdrawn = this.questions.question(id);
		assertThat(withdrawn.status()).isEqualTo(QuestionStatus.CLOSED);
		assertThat(withdrawn.outcome()).isEqualTo(QuestionOutcome.WITHDRAWN);
		assertThat(withdrawn.text()).isNull();
		assertThat(withdrawn.email()).isNull();
		assertThat(withdrawn.roleCode()).isEqualTo("wijkagent");
		assertThat(this.events.about(id)).last().isInstanceOfSatisfying(QuestionClosed.class, closed -> {
			assertThat(closed.outcome()).isEqualTo(QuestionOutcome.WITHDRAWN);
			assertThat(closed.timeToFirstResponse()).isNull();
		});
		assertThat(this.mvc.get().uri("/wegwijzer/vraag/" + token)).hasStatusOk().bodyText()
			.contains("Je vraag en je e-mailadres zijn verwijderd", "Je hebt je vraag ingetrokken")
			.doesNotContain(text, "Vraag intrekken en verwijderen");
		assertThat(this.mvc.get().uri("/inbox/" + id).with(holder())).hasStatusOk().bodyText()
			.contains("Ingetrokken door de bewoner").doesNotContain(text, "Vraag oppakken");
	}

	@Test
	void aResidentWithdrawsAnUnconfirmedQuestionAndNothingIsLeft() {
		String token = this.questions.left(this.agent, BINNENSTAD, "Toch niet", AccountsFixture.email("toch"));
		UUID id = this.questions.id(token);

		assertThat(this.mvc.post().uri("/wegwijzer/vraag/" + token + "/intrekken").with(csrf())).hasStatus3xxRedirection();

		assertThat(this.questions.exists(id)).isFalse();
	}

	@Test
	void manyQuestionsToOneAddressAreRefusedWithoutStoringThem() {
		String email = AccountsFixture.email("veel");
		for (int i = 0; i < 3; i++) {
			assertThat(this.mvc.perform(send("Vraag " + i, email, true))).hasStatus3xxRedirection();
		}

		var refused = this.mvc.perform(send("Nog een vraag", email, true));

		assertThat(refused).hasStatus(429).bodyText().contains("al veel vragen achtergelaten", "Nog een vraag");
		assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(this.questions.storedFor(email)).isEqualTo(3);
		assertThat(mailsTo(email)).hasSize(3);
	}

	@Test
	void oneClientLeavesOnlySoManyQuestions() {
		var limits = new QuestionLimits(this.limiter, RateLimit.parse("2/PT1H"), RateLimit.parse("10/PT1H"));
		String client = "192.0.2." + (int) (Math.random() * 250);
		String key = UUID.randomUUID().toString();

		assertThat(limits.hit(client + key, "a@example.org")).isZero();
		assertThat(limits.hit(client + key, "b@example.org")).isZero();
		assertThat(limits.hit(client + key, "c@example.org")).isPositive();
		assertThat(limits.hit("198.51.100.7" + key, "d@example.org")).as("another client").isZero();
	}

	private MockHttpServletRequestBuilder leaveForm(String text) {
		return leaveForm(text, this.agent.post(), BINNENSTAD, "wijkagent");
	}

	private MockHttpServletRequestBuilder leaveForm(String text, UUID post, String area, String role) {
		return post("/wegwijzer/achterlaten").param("question", text).param("area", area).param("post", post.toString())
			.param("role", role).with(csrf());
	}

	private MockHttpServletRequestBuilder send(String text, String email, boolean consent) {
		var request = post("/wegwijzer/vragen").param("question", text).param("area", BINNENSTAD)
			.param("post", this.agent.post().toString()).param("role", "wijkagent").param("email", email).with(csrf());
		return consent ? request.param("consent", "ja") : request;
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor holder() {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(this.agent.user().toString());
	}

	private List<Outbox.Message> mailsTo(String email) {
		return this.outbox.newest(1000).stream().filter(mail -> mail.recipient().equalsIgnoreCase(email)).toList();
	}

	static String statusPath(String body) {
		Matcher link = Pattern.compile("https?://[^/\\s]+(/wegwijzer/vraag/[A-Za-z0-9_-]+)").matcher(body);
		assertThat(link.find()).as("a status link in %s", body).isTrue();
		return link.group(1);
	}

}
