package nl.speelveld.socialmap.web;

import java.time.LocalDate;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.SocialMapFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The coordinator's overview shows what lies in their area, stalest first, and nothing from elsewhere. */
@SpeelveldTest
class SocialMapAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	SocialMapFixture socialMap;

	private String unique;

	private UserId wijkCoordinator;

	@BeforeEach
	void entriesInUtrechtAndAmsterdam() {
		this.unique = UUID.randomUUID().toString().substring(0, 6);
		UUID utrecht = this.socialMap.organisation("Welzijn Utrecht " + this.unique, "welzijnsorganisatie", "GM0344");
		UUID amsterdam = this.socialMap.organisation("Welzijn Amsterdam " + this.unique, "welzijnsorganisatie", "GM0363");
		this.socialMap.aPost("opbouwwerker", utrecht).covering("WK034406").titled("Opbouw Binnenstad " + this.unique)
			.confirmedOn(LocalDate.now().minusYears(3)).save();
		this.socialMap.aPost("opbouwwerker", utrecht).covering("WK034405").titled("Opbouw Oost " + this.unique).save();
		this.socialMap.aPost("opbouwwerker", utrecht).covering("WK034406").titled("Opbouw Vroeger " + this.unique)
			.endedOn(LocalDate.now().minusMonths(1)).save();
		this.socialMap.aPost("opbouwwerker", amsterdam).covering("WK0363AA").titled("Opbouw Amsterdam " + this.unique).save();
		this.socialMap.place("Buurthuis Binnenstad " + this.unique, "buurthuis", "WK034406", 52.09, 5.12);
		var employer = this.accounts.organisation("Gemeente " + this.unique, OrganisationType.GEMEENTE, "GM0344");
		this.wijkCoordinator = this.accounts.coordinator(AccountsFixture.email("wijkcoordinator"), employer,
				new AreaCode("WK034406"));
	}

	@Test
	void aWijkCoordinatorSeesTheCurrentPostsOfTheirWijkStalestFirst() throws Exception {
		var page = this.mvc.get().uri("/beheer/sociale-kaart?q=" + this.unique).with(user(this.wijkCoordinator.toString()))
			.exchange();

		assertThat(page).hasStatusOk().bodyText().contains("Opbouw Binnenstad " + this.unique)
			.doesNotContain("Opbouw Oost " + this.unique, "Opbouw Amsterdam " + this.unique, "Opbouw Vroeger " + this.unique);
		assertThat(this.mvc.get().uri("/beheer/sociale-kaart?beeindigd=ja&q=" + this.unique)
			.with(user(this.wijkCoordinator.toString()))).bodyText().contains("Opbouw Vroeger " + this.unique);
	}

	@Test
	void anAdministratorFiltersByAreaAndKind() {
		UserId admin = this.accounts.administrator(AccountsFixture.email("beheerder"));

		assertThat(this.mvc.get().uri("/beheer/sociale-kaart?gebied=GM0363&q=" + this.unique).with(user(admin.toString())))
			.bodyText().contains("Opbouw Amsterdam " + this.unique).doesNotContain("Opbouw Binnenstad " + this.unique);
		assertThat(this.mvc.get().uri("/beheer/sociale-kaart?soort=plekken&gebied=WK034406&q=" + this.unique)
			.with(user(admin.toString()))).bodyText().contains("Buurthuis Binnenstad " + this.unique);
		assertThat(this.mvc.get().uri("/beheer/sociale-kaart?soort=organisaties&q=" + this.unique)
			.with(user(admin.toString()))).bodyText().contains("Welzijn Utrecht " + this.unique, "Welzijn Amsterdam " + this.unique);
	}

	@Test
	void anAreaOutsideTheScopeOrAnUnknownOneIsExplainedNotShown() {
		assertThat(this.mvc.get().uri("/beheer/sociale-kaart?gebied=GM0363&q=" + this.unique)
			.with(user(this.wijkCoordinator.toString()))).hasStatusOk().bodyText()
			.contains("GM0363 ligt buiten je gebied.").doesNotContain("Opbouw Amsterdam " + this.unique);
		assertThat(this.mvc.get().uri("/beheer/sociale-kaart?gebied=<b>&pagina=abc&soort=x")
			.with(user(this.wijkCoordinator.toString()))).hasStatusOk().bodyText().contains("kennen we niet");
	}

}
