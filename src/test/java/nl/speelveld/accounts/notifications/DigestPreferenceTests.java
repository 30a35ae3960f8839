package nl.speelveld.accounts.notifications;

import java.util.List;
import java.util.Map;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.Notice;
import nl.speelveld.accounts.Notifications;
import nl.speelveld.accounts.UserId;
import nl.speelveld.accounts.privacy.PersonalData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A person chooses on their account page how often they get the digest; a choice the form does not offer
 * changes nothing. Their notices are in their download and gone after erasure.
 */
@SpeelveldTest
class DigestPreferenceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	NoticeStore store;

	@Autowired
	Notifications notifications;

	@Autowired
	PersonalData personalData;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theAccountPageOffersTheThreeChoicesWithTheCurrentOneChecked() {
		UserId lotte = this.accounts.person(AccountsFixture.email("lotte"), "Lotte Keuze");

		assertThat(this.mvc.get().uri("/account").with(user(lotte.toString()))).hasStatusOk()
			.bodyText()
			.contains("<legend>Hoe vaak wil je een overzicht krijgen?</legend>",
					"id=\"overzicht\" name=\"overzicht\" value=\"daily\" checked",
					"value=\"weekly\">", "value=\"none\">");
	}

	@Test
	void aChoiceIsSavedAndShown() {
		UserId lotte = this.accounts.person(AccountsFixture.email("lotte"), "Lotte Keuze");

		assertThat(this.mvc.post().uri("/account/meldingen").param("overzicht", "weekly")
			.with(user(lotte.toString())).with(csrf())).hasRedirectedUrl("/account")
			.flash().containsEntry("done", "notifications.preference.saved.weekly");

		assertThat(this.store.cadence(lotte)).isEqualTo(DigestCadence.WEEKLY);
		assertThat(this.mvc.get().uri("/account").with(user(lotte.toString()))).bodyText()
			.contains("value=\"weekly\" checked");
	}

	@Test
	void aChoiceTheFormDoesNotOfferIsRefusedWithAMessageAndChangesNothing() {
		UserId ties = this.accounts.person(AccountsFixture.email("ties"), "Ties Twijfel");
		this.store.setCadence(ties, DigestCadence.WEEKLY);

		for (String wrong : List.of("hourly", "", "NONE")) {
			assertThat(this.mvc.post().uri("/account/meldingen").param("overzicht", wrong)
				.with(user(ties.toString())).with(csrf())).hasStatus(400)
				.bodyText()
				.contains("Kies hoe vaak je een overzicht wilt krijgen.", "href=\"#overzicht\"", "aria-describedby=\"overzicht-error\"");
		}
		assertThat(this.mvc.post().uri("/account/meldingen").param("overzicht", "none").with(user(ties.toString())))
			.as("without the form's token").hasStatus(403);
		assertThat(this.store.cadence(ties)).isEqualTo(DigestCadence.WEEKLY);
	}

	@Test
	void waitingNoticesAreInTheDownloadAndGoneAfterErasure() {
		UserId fenna = this.accounts.person(AccountsFixture.email("fenna"), "Fenna Gegevens");
		this.store.setCadence(fenna, DigestCadence.WEEKLY);
		this.transaction.executeWithoutResult(status -> this.notifications.notify(fenna,
				Notice.of("initiatives", "mail.freshness.entry.at", "/initiatieven/1", "Moestuin", "Lombok")));
		signInAs(fenna);

		@SuppressWarnings("unchecked")
		var sections = (Map<String, List<Map<String, Object>>>) this.personalData.export(fenna).get("sections");
		assertThat(sections.get("notifications")).anySatisfy(row -> assertThat(row).containsEntry("table", "acc_notice")
			.containsEntry("pending", true)
			.containsEntry("arguments", "Moestuin | Lombok")
			.containsEntry("link", "/initiatieven/1"))
			.anySatisfy(row -> assertThat(row).containsEntry("table", "acc_notice_preference").containsEntry("cadence", "weekly"));

		this.personalData.erase(fenna);

		for (String table : List.of("acc_notice where recipient_id", "acc_notice_preference where user_id",
				"acc_digest where user_id")) {
			assertThat(this.jdbc.sql("select count(*) from " + table + " = ?").param(fenna.value()).query(Integer.class)
				.single()).as(table).isZero();
		}
	}

	private static void signInAs(UserId user) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				user.toString(), null, AuthorityUtils.createAuthorityList("ROLE_RESIDENT")));
	}

}
