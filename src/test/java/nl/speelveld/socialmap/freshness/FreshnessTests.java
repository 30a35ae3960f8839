package nl.speelveld.socialmap.freshness;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.UserId;
import nl.speelveld.shared.mail.Outbox;
import nl.speelveld.socialmap.SocialMapFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Owners hear about their entries once per round, in one mail; the link in it confirms the entries on a
 * form post, once; a link that no longer works is explained, not a failure.
 */
@SpeelveldTest
class FreshnessTests {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final String BINNENSTAD = "WK034406";

	private static final String DOMPLEIN = "BU03440611";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SocialMapFixture socialMap;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	FreshnessFixture freshness;

	@Autowired
	Reminders reminders;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	private LocalDate today;

	private UUID organisation;

	@BeforeEach
	void anOrganisationInUtrecht() {
		this.today = LocalDate.now(AMSTERDAM);
		this.organisation = this.socialMap.organisation("Buurtteam Binnenstad " + unique(), "welzijnsorganisatie", "GM0344");
	}

	@Test
	void theJobMailsEachOwnerOnceAboutAllTheirEntriesThatAreDue() {
		String annaEmail = AccountsFixture.email("anna");
		UserId anna = this.accounts.person(annaEmail, "Anna Eigenaar");
		String bramEmail = AccountsFixture.email("bram");
		UserId bram = this.accounts.person(bramEmail, "Bram Eigenaar");
		String annasFirst = post(anna, this.today.minusMonths(6).minusDays(2));
		String annasSecond = post(anna, this.today.minusMonths(9));
		String annasFresh = post(anna, this.today.minusMonths(1));
		String bramsOnly = post(bram, this.today.minusMonths(7));
		String nobodys = title(this.socialMap.aPost("opbouwwerker", this.organisation)
			.covering(BINNENSTAD)
			.confirmedOn(this.today.minusMonths(8))
			.save());

		this.reminders.sendDue(this.today);
		this.reminders.sendDue(this.today);

		List<Outbox.Message> toAnna = mailsTo(annaEmail);
		assertThat(toAnna).hasSize(1);
		assertThat(toAnna.get(0).subject()).isEqualTo("Kloppen je gegevens op de sociale kaart nog?");
		assertThat(toAnna.get(0).body()).contains("Hallo Anna Eigenaar,", annasFirst, annasSecond,
				"/sociale-kaart/posten/", "/bewerken", "/sociale-kaart/bevestigen/",
				"Bezoekers zien nu al dat sommige van deze gegevens misschien verouderd zijn.")
			.doesNotContain(annasFresh, bramsOnly);
		assertThat(mailsTo(bramEmail)).singleElement().satisfies(mail -> assertThat(mail.body()).contains(bramsOnly)
			.doesNotContain(annasFirst));
		assertThat(this.outbox.newest(500)).noneMatch(mail -> mail.body().contains(nobodys));
	}

	@Test
	void aSecondReminderComesHalfwayThroughTheGracePeriodAndThenNoMore() {
		String email = AccountsFixture.email("cor");
		UserId cor = this.accounts.person(email, "Cor Eigenaar");
		UUID post = this.socialMap.aPost("wijkagent", this.organisation)
			.covering(BINNENSTAD)
			.ownedBy(cor.value())
			.confirmedOn(this.today.minusMonths(6).minusDays(20))
			.save();

		this.reminders.sendDue(this.today);
		this.freshness.remindersSentDaysAgo(EntryKind.POST, post, 10);
		this.reminders.sendDue(this.today);
		assertThat(mailsTo(email)).as("ten days after the first").hasSize(1);

		this.freshness.remindersSentDaysAgo(EntryKind.POST, post, 10);
		this.reminders.sendDue(this.today);
		this.reminders.sendDue(this.today);
		assertThat(mailsTo(email)).hasSize(2).first().satisfies(newest -> {
			assertThat(newest.subject()).isEqualTo("Herinnering: kloppen je gegevens op de sociale kaart nog?");
			assertThat(newest.body()).contains("We vroegen je eerder");
		});

		this.freshness.remindersSentDaysAgo(EntryKind.POST, post, 60);
		this.reminders.sendDue(this.today);
		assertThat(mailsTo(email)).as("once stale, it is up to the coordinators").hasSize(2);

		String another = post(cor, this.today.minusMonths(6));
		this.reminders.sendDue(this.today);
		assertThat(mailsTo(email)).as("unless another entry of the owner falls due: one link for all").hasSize(3)
			.first().satisfies(newest -> assertThat(newest.body()).contains(another, title(post)));
	}

	@Test
	void theLinkConfirmsTheEntriesSoThatTheNeighbourhoodPageNoLongerMarksThem() throws Exception {
		String email = AccountsFixture.email("dewi");
		UserId dewi = this.accounts.person(email, "Dewi Eigenaar");
		UUID post = this.socialMap.aPost("buurtconcierge", this.organisation)
			.covering(DOMPLEIN)
			.ownedBy(dewi.value())
			.confirmedOn(this.today.minusMonths(8))
			.save();
		String title = title(post);
		assertThat(card(title)).as("stale before").contains("post-card--stale", "niet bevestigd");

		this.reminders.sendDue(this.today);
		String link = confirmationPath(email);
		assertThat(this.mvc.get().uri(link)).hasStatusOk().bodyText()
			.contains("Kloppen je gegevens nog?", title, "Ja, de aangevinkte gegevens kloppen");
		assertThat(lastConfirmed(post)).as("opening the link confirms nothing").isEqualTo(this.today.minusMonths(8));

		assertThat(this.mvc.post().uri(link).param("item", "post:" + post).with(csrf()))
			.hasRedirectedUrl("/sociale-kaart/bevestigd");

		assertThat(lastConfirmed(post)).isEqualTo(this.today);
		assertThat(card(title)).doesNotContain("post-card--stale", "niet bevestigd").contains("Gegevens bevestigd op");
		assertThat(this.mvc.get().uri("/sociale-kaart/bevestigd")).hasStatusOk().bodyText().contains("Bedankt!");
	}

	@Test
	void servicesPlacesAndOrganisationsAreRemindedAndConfirmedLikePosts() {
		String email = AccountsFixture.email("gijs");
		UserId gijs = this.accounts.person(email, "Gijs Eigenaar");
		LocalDate longAgo = this.today.minusMonths(7);
		String organisationName = this.jdbc.sql("update smap_organisation set owner_id = ?, last_confirmed = ? where id = ? returning name")
			.params(gijs.value(), longAgo, this.organisation)
			.query(String.class)
			.single();
		UUID service = UUID.randomUUID();
		String serviceName = "Taalcafé " + unique();
		this.jdbc.sql("insert into smap_service (id, organisation_id, name, owner_id, last_confirmed) values (?, ?, ?, ?, ?)")
			.params(service, this.organisation, serviceName, gijs.value(), longAgo)
			.update();
		String placeName = "Buurthuis De Kaart " + unique();
		UUID place = this.socialMap.place(placeName, "buurthuis", DOMPLEIN, 52.0907, 5.1214);
		this.jdbc.sql("update smap_place set owner_id = ?, last_confirmed = ? where id = ?")
			.params(gijs.value(), longAgo, place)
			.update();
		UserId administrator = this.accounts.administrator(AccountsFixture.email("beheerder"));
		assertThat(this.mvc.get().uri("/beheer/sociale-kaart/verouderd").param("gemeente", "GM0344")
			.with(user(administrator.toString())))
			.hasStatusOk().bodyText().contains(organisationName, serviceName, placeName);

		this.reminders.sendDue(this.today);

		assertThat(mailsTo(email)).singleElement().satisfies(mail -> assertThat(mail.body())
			.contains("Organisatie: " + organisationName, "Aanbod: " + serviceName, "Plek: " + placeName,
					"/organisaties/" + this.organisation, "/plekken/" + place));
		String link = confirmationPath(email);
		assertThat(this.mvc.post().uri(link)
			.param("item", "organisation:" + this.organisation, "service:" + service, "place:" + place)
			.with(csrf())).hasRedirectedUrl("/sociale-kaart/bevestigd");
		for (String table : List.of("smap_organisation", "smap_service", "smap_place")) {
			assertThat(this.jdbc.sql("select max(last_confirmed) from " + table + " where owner_id = ?").param(gijs.value())
				.query(LocalDate.class).single()).as(table).isEqualTo(this.today);
		}
	}

	@Test
	void aUsedExpiredOrUnknownLinkIsExplainedInDutch() {
		UserId eva = this.accounts.person(AccountsFixture.email("eva"), "Eva Eigenaar");
		UUID post = this.socialMap.aPost("jongerenwerker", this.organisation)
			.covering(BINNENSTAD)
			.ownedBy(eva.value())
			.confirmedOn(this.today.minusMonths(7))
			.save();
		String used = "/sociale-kaart/bevestigen/" + this.freshness.linkToken(eva.value(), EntryKind.POST, post);
		assertThat(this.mvc.post().uri(used).param("item", "post:" + post).with(csrf())).hasStatus3xxRedirection();

		assertThat(this.mvc.get().uri(used)).hasStatus(410).bodyText().contains("Deze link is al gebruikt");
		assertThat(this.mvc.post().uri(used).param("item", "post:" + post).with(csrf())).hasStatus(410).bodyText()
			.contains("Deze link is al gebruikt");

		UUID other = this.socialMap.aPost("jongerenwerker", this.organisation)
			.covering(BINNENSTAD)
			.ownedBy(eva.value())
			.confirmedOn(this.today.minusMonths(7))
			.save();
		String expired = "/sociale-kaart/bevestigen/" + this.freshness.linkToken(eva.value(), EntryKind.POST, other);
		this.freshness.remindersSentDaysAgo(EntryKind.POST, other, 15);
		assertThat(this.mvc.get().uri(expired)).hasStatus(410).bodyText().contains("Deze link is verlopen");
		assertThat(this.mvc.post().uri(expired).param("item", "post:" + other).with(csrf())).hasStatus(410);
		assertThat(lastConfirmed(other)).isEqualTo(this.today.minusMonths(7));

		assertThat(this.mvc.get().uri("/sociale-kaart/bevestigen/geen-echte-link")).hasStatus(404).bodyText()
			.contains("Deze link kennen we niet");
	}

	@Test
	void untickingEverythingConfirmsNothingAndSaysWhatToDo() {
		UserId fenna = this.accounts.person(AccountsFixture.email("fenna"), "Fenna Eigenaar");
		UUID post = this.socialMap.aPost("wijkagent", this.organisation)
			.covering(BINNENSTAD)
			.ownedBy(fenna.value())
			.confirmedOn(this.today.minusMonths(7))
			.save();
		String link = "/sociale-kaart/bevestigen/" + this.freshness.linkToken(fenna.value(), EntryKind.POST, post);

		assertThat(this.mvc.post().uri(link).with(csrf())).hasStatus(400).bodyText()
			.contains("Vink minstens één gegeven aan");
		assertThat(this.mvc.post().uri(link).param("item", "post:" + UUID.randomUUID()).with(csrf()))
			.as("an entry that is not in the mail").hasStatus3xxRedirection();
		assertThat(lastConfirmed(post)).isEqualTo(this.today.minusMonths(7));
	}

	private String post(UserId owner, LocalDate confirmed) {
		return title(this.socialMap.aPost("opbouwwerker", this.organisation)
			.covering(BINNENSTAD)
			.ownedBy(owner.value())
			.confirmedOn(confirmed)
			.save());
	}

	private String title(UUID post) {
		return this.jdbc.sql("select title from smap_post where id = ?").param(post).query(String.class).single();
	}

	private LocalDate lastConfirmed(UUID post) {
		return this.jdbc.sql("select last_confirmed from smap_post where id = ?").param(post).query(LocalDate.class).single();
	}

	private List<Outbox.Message> mailsTo(String email) {
		return this.outbox.newest(1000).stream().filter(mail -> mail.recipient().equalsIgnoreCase(email)).toList();
	}

	/** The path of the confirmation link in the newest mail to this address. */
	private String confirmationPath(String email) {
		Matcher link = Pattern.compile("https?://\\S+/sociale-kaart/bevestigen/\\S+").matcher(mailsTo(email).get(0).body());
		assertThat(link.find()).as("a confirmation link in the mail").isTrue();
		return URI.create(link.group()).getPath();
	}

	/** The post's card on the page of the buurt it covers. */
	private String card(String title) throws Exception {
		String page = this.mvc.get().uri("/gebied/{code}/wie-werkt-hier", DOMPLEIN).exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		for (String card : page.split("<li class=\"post-card")) {
			if (card.contains(title)) {
				return card.substring(0, card.indexOf("</p>", card.indexOf("post-card__confirmed")));
			}
		}
		throw new AssertionError("No card for " + title);
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
