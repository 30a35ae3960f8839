package nl.speelveld.accounts;

import nl.speelveld.accounts.users.Account;
import nl.speelveld.accounts.users.UserAccounts;

import org.springframework.stereotype.Component;

/**
 * Residents for demo data that belongs to a person, such as the gifts on the demo asset map. A demo
 * resident has no password and an address at example.org, so nobody can sign in as them; erasure treats
 * them as any other account.
 */
@Component
public class DemoResidents {

	private final UserAccounts accounts;

	DemoResidents(UserAccounts accounts) {
		this.accounts = accounts;
	}

	/** The account with this address, made (verified, without a password) when there is none yet. */
	public UserId resident(String email, String name) {
		if (!email.endsWith("@example.org")) {
			throw new IllegalArgumentException("A demo resident has an address at example.org: " + email);
		}
		return this.accounts.byEmail(email).map(Account::id).orElseGet(() -> this.accounts.create(email, name, null, true));
	}

}
