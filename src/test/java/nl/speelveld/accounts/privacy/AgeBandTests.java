package nl.speelveld.accounts.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.AgeBand;
import nl.speelveld.accounts.AgeBands;
import nl.speelveld.accounts.UserId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A person may give one of the five CBS age groups on their account page, or none; only the group is kept, it
 * is in their download and gone with their account. Others only count groups.
 */
@SpeelveldTest
class AgeBandTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	AgeBands ageBands;

	@Autowired
	PersonalData personalData;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aPersonChoosesAnAgeGroupAndCanClearItAgain() {
		UserId anna = this.accounts.person(AccountsFixture.email("anna"), "Anna Leeftijd");
		assertThat(this.mvc.get().uri("/account").with(user(anna.toString()))).hasStatusOk()
			.bodyText()
			.contains("<legend>Mijn leeftijd</legend>", "id=\"leeftijd\" name=\"leeftijd\" value=\"\" checked",
					"value=\"45-65\">");

		assertThat(this.mvc.post().uri("/account/leeftijd").param("leeftijd", "45-65").with(user(anna.toString())).with(csrf()))
			.hasRedirectedUrl("/account")
			.flash()
			.containsEntry("done", "age-band.saved");
		assertThat(this.ageBands.of(anna)).contains(AgeBand.AGE_45_65);
		assertThat(this.mvc.get().uri("/account").with(user(anna.toString()))).bodyText()
			.contains("value=\"45-65\" checked");

		assertThat(this.mvc.post().uri("/account/leeftijd").param("leeftijd", "").with(user(anna.toString())).with(csrf()))
			.hasRedirectedUrl("/account");
		assertThat(this.ageBands.of(anna)).isEmpty();
	}

	@Test
	void anAgeOrGroupTheFormDoesNotOfferIsRefusedWithAMessage() {
		UserId bram = this.accounts.person(AccountsFixture.email("bram"), "Bram Leeftijd");
		this.ageBands.set(bram, AgeBand.AGE_25_45);
		for (String wrong : List.of("37", "1987-05-01", "25-44", "65 +")) {
			assertThat(this.mvc.post().uri("/account/leeftijd").param("leeftijd", wrong).with(user(bram.toString())).with(csrf()))
				.hasStatus(400)
				.bodyText()
				.contains("id=\"leeftijd-error\"", "Kies een van de leeftijdsgroepen");
		}
		assertThat(this.ageBands.of(bram)).contains(AgeBand.AGE_25_45);
	}

	@Test
	void theGroupIsInTheDownloadGoneAfterErasureAndOnlyCountedForOthers() {
		UserId carla = this.accounts.person(AccountsFixture.email("carla"), "Carla Leeftijd");
		UserId dirk = this.accounts.person(AccountsFixture.email("dirk"), "Dirk Leeftijd");
		this.ageBands.set(carla, AgeBand.AGE_65_PLUS);
		this.ageBands.set(dirk, AgeBand.AGE_65_PLUS);

		Map<AgeBand, Integer> counts = this.ageBands.count(List.of(carla.value(), dirk.value(), UUID.randomUUID()));
		assertThat(counts).containsEntry(AgeBand.AGE_65_PLUS, 2).containsEntry(AgeBand.AGE_0_15, 0).hasSize(5);

		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				carla.toString(), null, AuthorityUtils.createAuthorityList("ROLE_RESIDENT")));
		@SuppressWarnings("unchecked")
		var sections = (Map<String, List<Map<String, Object>>>) this.personalData.export(carla).get("sections");
		assertThat(sections.get("age-band")).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("table", "acc_age_band").containsEntry("band", "65+"));

		this.personalData.erase(carla);
		assertThat(this.jdbc.sql("select count(*) from acc_age_band where user_id = ?").param(carla.value()).query(Integer.class)
			.single()).isZero();
		assertThat(this.ageBands.of(dirk)).contains(AgeBand.AGE_65_PLUS);
	}

}
