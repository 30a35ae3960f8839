package nl.speelveld.accounts;

import java.util.Locale;
import java.util.Optional;

import nl.speelveld.accounts.users.UserAccounts;

import org.springframework.stereotype.Component;

/**
 * For modules that mail people about their own work (reminders, notices): the address of an account
 * by its id. Other modules keep the id only, so a changed address is used at once and an erased
 * account is simply no longer found.
 */
@Component
public class Addressees {

	private final UserAccounts accounts;

	Addressees(UserAccounts accounts) {
		this.accounts = accounts;
	}

	public Optional<Addressee> of(UserId user) {
		return this.accounts.byId(user)
			.map(account -> new Addressee(account.id(), account.shownName(), account.email(),
					Locale.forLanguageTag(account.language())));
	}

}
