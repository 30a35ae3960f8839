package nl.speelveld.participation.challenges;

import java.util.UUID;

import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;

/**
 * The people around a request in Groningen, freshly made: the resident who asks for a group, a coordinator
 * of Groningen, a coordinator of Amsterdam and another resident. The requester's name is one the tests look
 * for on public pages, where it must never be.
 */
record ChallengePeople(UserId requester, String requesterName, String requesterEmail, UserId coordinator,
		String coordinatorEmail, UserId elsewhere, UserId neighbour) {

	static final AreaCode GRONINGEN = new AreaCode("GM0014");

	/** Oosterparkwijk, where postcode 9713 lies. */
	static final AreaCode OOSTERPARK = new AreaCode("WK001404");

	static ChallengePeople make(AccountsFixture accounts) {
		String name = "Renske Rechtstreeks " + UUID.randomUUID().toString().substring(0, 6);
		String email = AccountsFixture.email("aanvrager");
		UserId requester = accounts.person(email, name);
		UUID municipality = accounts.organisation("Gemeente Groningen " + UUID.randomUUID(), OrganisationType.GEMEENTE,
				GRONINGEN.value());
		String coordinatorEmail = AccountsFixture.email("coordinator-groningen");
		UserId coordinator = accounts.coordinator(coordinatorEmail, municipality, GRONINGEN);
		UUID amsterdam = accounts.organisation("Gemeente Amsterdam " + UUID.randomUUID(), OrganisationType.GEMEENTE, "GM0363");
		UserId elsewhere = accounts.coordinator(AccountsFixture.email("coordinator-amsterdam"), amsterdam, new AreaCode("GM0363"));
		UserId neighbour = accounts.person(AccountsFixture.email("buurman"), "Bert Buurman");
		return new ChallengePeople(requester, name, email, coordinator, coordinatorEmail, elsewhere, neighbour);
	}

}
