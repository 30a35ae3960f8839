package nl.speelveld.socialmap.freshness;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
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

/** The coordinators' list of entries going stale: only their own areas, and what they do about one. */
@SpeelveldTest
class FreshnessAdministrationTests {

	private static final String PAGE = "/beheer/sociale-kaart/verouderd";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SocialMapFixture socialMap;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	private LocalDate today;

	private UserId utrechtCoordinator;

	private UserId administrator;

	private String ownerEmail;

	private UUID staleInUtrecht;

	private UUID dueInUtrecht;

	private UUID freshInUtrecht;

	private UUID staleInAmsterdam;

	private UUID ownerlessInUtrecht;

	@BeforeEach
	void entriesInTwoGemeenten() {
		this.today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		UUID employer = this.accounts.organisation("Wijkwerk " + unique(), OrganisationType.WELZIJNSORGANISATIE, "GM0344");
		this.utrechtCoordinator = this.accounts.coordinator(AccountsFixture.email("coordinator"), employer,
				new AreaCode("GM0344"));
		this.administrator = this.accounts.administrator(AccountsFixture.email("beheerder"));
		this.ownerEmail = AccountsFixture.email("eigenaar");
		UserId owner = this.accounts.person(this.ownerEmail, "Gert Eigenaar");
		UUID utrecht = this.socialMap.organisation("Buurtwerk Utrecht " + unique(), "welzijnsorganisatie", "GM0344");
		UUID amsterdam = this.socialMap.organisation("Buurtwerk Amsterdam " + unique(), "welzijnsorganisatie", "GM0363");
		this.staleInUtrecht = post(utrecht, "WK034406", owner, this.today.minusMonths(8));
		this.dueInUtrecht = post(utrecht, "BU03440611", owner, this.today.minusMonths(6).minusDays(3));
		this.freshInUtrecht = post(utrecht, "WK034406", owner, this.today.minusMonths(2));
		this.staleInAmsterdam = post(amsterdam, "GM0363", owner, this.today.minusMonths(8));
		this.ownerlessInUtrecht = this.socialMap.aPost("buurtconcierge", utrecht)
			.covering("WK034406")
			.titled("Buurtconciërge zonder eigenaar " + unique())
			.confirmedOn(this.today.minusMonths(9))
			.save();
	}

	@Test
	void aCoordinatorSeesWhatIsDueOrStaleInTheirGemeenteOnly() {
		var page = this.mvc.get().uri(PAGE).with(user(this.utrechtCoordinator.toString())).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains(title(this.staleInUtrecht), title(this.dueInUtrecht), title(this.ownerlessInUtrecht), "Gert Eigenaar",
					"Geen eigenaar", "Verouderd sinds")
			.doesNotContain(title(this.freshInUtrecht), title(this.staleInAmsterdam));
	}

	@Test
	void anAdministratorSeesEveryGemeenteAndCanChooseOne() {
		assertThat(this.mvc.get().uri(PAGE).with(user(this.administrator.toString()))).hasStatusOk().bodyText()
			.contains(title(this.staleInUtrecht), title(this.staleInAmsterdam));
		assertThat(this.mvc.get().uri(PAGE).param("gemeente", "GM0363").with(user(this.administrator.toString())))
			.hasStatusOk().bodyText()
			.contains(title(this.staleInAmsterdam))
			.doesNotContain(title(this.staleInUtrecht));
	}

	@Test
	void aCoordinatorConfirmsForTheOwnerInTheirAreaWithAnAuditEntryButNotElsewhere() {
		assertThat(this.mvc.post().uri(PAGE + "/post/{id}/bevestigen", this.staleInUtrecht)
			.with(user(this.utrechtCoordinator.toString())).with(csrf())).hasRedirectedUrl(PAGE);
		assertThat(lastConfirmed(this.staleInUtrecht)).isEqualTo(this.today);
		assertThat(this.jdbc.sql("""
				select count(*) from acc_audit
				where action = 'social-map-confirmed-on-behalf' and subject_id = ? and actor_id = ?""")
			.params(this.staleInUtrecht.toString(), this.utrechtCoordinator.value())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.mvc.get().uri(PAGE).with(user(this.utrechtCoordinator.toString()))).bodyText()
			.doesNotContain(title(this.staleInUtrecht));

		assertThat(this.mvc.post().uri(PAGE + "/post/{id}/bevestigen", this.staleInAmsterdam)
			.with(user(this.utrechtCoordinator.toString())).with(csrf())).hasStatus(403);
		assertThat(lastConfirmed(this.staleInAmsterdam)).isEqualTo(this.today.minusMonths(8));
		assertThat(this.mvc.post().uri(PAGE + "/post/{id}/bevestigen", UUID.randomUUID())
			.with(user(this.utrechtCoordinator.toString())).with(csrf())).hasStatus(404);
		assertThat(this.mvc.post().uri(PAGE + "/ufo/{id}/bevestigen", this.staleInUtrecht)
			.with(user(this.utrechtCoordinator.toString())).with(csrf())).hasStatus(404);
	}

	@Test
	void aCoordinatorRemindsTheOwnerAgainAtMostOnceADay() {
		assertThat(this.mvc.post().uri(PAGE + "/post/{id}/herinneren", this.dueInUtrecht)
			.with(user(this.utrechtCoordinator.toString())).with(csrf())).hasRedirectedUrl(PAGE);
		assertThat(this.mvc.post().uri(PAGE + "/post/{id}/herinneren", this.dueInUtrecht)
			.with(user(this.utrechtCoordinator.toString())).with(csrf())).hasRedirectedUrl(PAGE)
			.flash().containsEntry("refused", "freshness.remind.sent-today");
		assertThat(this.mvc.post().uri(PAGE + "/post/{id}/herinneren", this.ownerlessInUtrecht)
			.with(user(this.utrechtCoordinator.toString())).with(csrf())).flash()
			.containsEntry("refused", "freshness.remind.no-owner");

		var mails = this.outbox.newest(1000).stream()
			.filter(mail -> mail.recipient().equalsIgnoreCase(this.ownerEmail))
			.toList();
		assertThat(mails).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).isEqualTo("Wil je je gegevens op de sociale kaart bevestigen?");
			assertThat(mail.body()).contains(title(this.dueInUtrecht), "Een coördinator")
				.doesNotContain(title(this.staleInUtrecht));
		});
		assertThat(this.mvc.get().uri(PAGE).with(user(this.utrechtCoordinator.toString()))).bodyText()
			.contains("Verstuurd op");
		assertThat(this.mvc.post().uri(PAGE + "/post/{id}/herinneren", this.staleInAmsterdam)
			.with(user(this.utrechtCoordinator.toString())).with(csrf())).hasStatus(403);
	}

	@Test
	void residentsAndProfessionalsMayNotSeeTheList() {
		UserId resident = this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner");

		assertThat(this.mvc.get().uri(PAGE).with(user(resident.toString()))).hasStatus(403);
		assertThat(this.mvc.get().uri(PAGE)).hasRedirectedUrl("/inloggen");
	}

	private UUID post(UUID organisation, String area, UserId owner, LocalDate confirmed) {
		return this.socialMap.aPost("opbouwwerker", organisation)
			.covering(area)
			.ownedBy(owner.value())
			.confirmedOn(confirmed)
			.save();
	}

	private String title(UUID post) {
		return this.jdbc.sql("select title from smap_post where id = ?").param(post).query(String.class).single();
	}

	private LocalDate lastConfirmed(UUID post) {
		return this.jdbc.sql("select last_confirmed from smap_post where id = ?").param(post).query(LocalDate.class).single();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
