package nl.speelveld.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.speelveld.accounts.users.Account;
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
		return this.accounts.byId(user).map(Addressees::addressee);
	}

	/** The addressees of those of {@code users} whose accounts exist, read at once: for lists of many owners. */
	public Map<UserId, Addressee> of(Collection<UserId> users) {
		if (users.isEmpty()) {
			return Map.of();
		}
		List<UUID> ids = users.stream().map(UserId::value).distinct().toList();
		return this.accounts.search("", ids, ids.size())
			.stream()
			.collect(Collectors.toMap(Account::id, Addressees::addressee));
	}

	private static Addressee addressee(Account account) {
		return new Addressee(account.id(), account.shownName(), account.email(), Locale.forLanguageTag(account.language()));
	}

}
