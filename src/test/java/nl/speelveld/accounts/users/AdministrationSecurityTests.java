package nl.speelveld.accounts.users;

import java.util.List;
import java.util.Locale;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.Role;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The services check who may act, whatever page or script calls them: not just the buttons. */
@SpeelveldTest
class AdministrationSecurityTests {

	private static final AreaCode UTRECHT = new AreaCode("GM0344");

	private static final AreaCode AMSTERDAM = new AreaCode("GM0363");

	@Autowired
	Administration administration;

	@Autowired
	AccountsFixture fixture;

	@Autowired
	AccessRules access;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void nobodySignedInMayAdminister() {
		assertThatThrownBy(() -> this.administration.organisations())
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aCoordinatorAdministersOrganisationsInTheirGemeenteOnly() {
		var utrecht = this.fixture.organisation("Wijkwerk Utrecht", OrganisationType.WELZIJNSORGANISATIE, "GM0344");
		var amsterdam = this.fixture.organisation("Wijkwerk Amsterdam", OrganisationType.WELZIJNSORGANISATIE, "GM0363");
		signInAs(this.fixture.coordinator(AccountsFixture.email("coordinator"), utrecht, UTRECHT));

		assertThat(this.administration.organisations()).extracting(Organisation::id).contains(utrecht).doesNotContain(amsterdam);
		this.administration.updateOrganisation(utrecht, "Wijkwerk Utrecht-Oost", OrganisationType.WELZIJNSORGANISATIE, List.of(UTRECHT));
		assertThatThrownBy(() -> this.administration.organisation(amsterdam)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.administration.updateOrganisation(amsterdam, "Overgenomen",
				OrganisationType.WELZIJNSORGANISATIE, List.of(AMSTERDAM))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.administration.createOrganisation("Elders", OrganisationType.VERENIGING,
				List.of(AMSTERDAM))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.administration.updateOrganisation(utrecht, "Uitgebreid",
				OrganisationType.WELZIJNSORGANISATIE, List.of(UTRECHT, AMSTERDAM))).isInstanceOf(AccessDeniedException.class);
	}

	/** The menu shows administration to those who may enter it, and only moderation to moderators. */
	@Test
	void moderatorsAreLedToModerationOnlyCoordinatorsToAdministration() {
		var utrecht = this.fixture.organisation("Wijkteam Utrecht", OrganisationType.WELZIJNSORGANISATIE, "GM0344");

		signInAs(this.fixture.moderator(AccountsFixture.email("moderator"), utrecht, UTRECHT));
		assertThat(this.access.entrance()).isEqualTo(AccessRules.Entrance.MODERATION);
		assertThat(this.access.canEnterAdministration()).isFalse();

		signInAs(this.fixture.coordinator(AccountsFixture.email("coordinator"), utrecht, UTRECHT));
		assertThat(this.access.entrance()).isEqualTo(AccessRules.Entrance.ADMINISTRATION);
		assertThat(this.access.canEnterAdministration()).isTrue();

		signInAs(this.fixture.professional(AccountsFixture.email("professional"), utrecht));
		assertThat(this.access.entrance()).isEqualTo(AccessRules.Entrance.NONE);
		assertThat(this.access.canEnterAdministration()).isFalse();
	}

	@Test
	void aCoordinatorGrantsAndInvitesProfessionalsButNoOtherRoles() {
		var utrecht = this.fixture.organisation("Buurtteam Utrecht", OrganisationType.WELZIJNSORGANISATIE, "GM0344");
		UserId colleague = this.fixture.professional(AccountsFixture.email("collega"), utrecht);
		signInAs(this.fixture.coordinator(AccountsFixture.email("coordinator"), utrecht, UTRECHT));

		this.administration.invite(utrecht, AccountsFixture.email("nieuw"), Role.PROFESSIONAL, null, Locale.forLanguageTag("nl"));
		assertThatThrownBy(() -> this.administration.invite(utrecht, AccountsFixture.email("baas"), Role.COORDINATOR,
				UTRECHT, Locale.forLanguageTag("nl"))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.administration.grant(colleague, Role.ADMINISTRATOR, null, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.administration.grant(colleague, Role.COORDINATOR, utrecht, UTRECHT))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aRevokedRoleStopsWorkingAtOnce() {
		var utrecht = this.fixture.organisation("Opbouw Utrecht", OrganisationType.WELZIJNSORGANISATIE, "GM0344");
		UserId coordinator = this.fixture.coordinator(AccountsFixture.email("coordinator"), utrecht, UTRECHT);
		UserId admin = this.fixture.administrator(AccountsFixture.email("beheerder"));
		signInAs(admin);
		var grant = this.administration.person(coordinator).grants().stream()
			.filter(g -> g.role() == Role.COORDINATOR).findFirst().orElseThrow();
		this.administration.revoke(coordinator, grant.id());

		signInAs(coordinator);
		assertThatThrownBy(() -> this.administration.organisation(utrecht)).isInstanceOf(AccessDeniedException.class);
	}

	private static void signInAs(UserId user) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				user.toString(), null, AuthorityUtils.createAuthorityList("ROLE_RESIDENT")));
	}

}
