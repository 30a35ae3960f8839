package nl.speelveld.accounts.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.speelveld.accounts.Role;
import nl.speelveld.accounts.UserId;
import nl.speelveld.accounts.users.Account;
import nl.speelveld.accounts.users.Grants;
import nl.speelveld.accounts.users.UserAccounts;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds the account for a sign-in by e-mail address (password form) or by user id (sign-in links). The
 * signed-in principal is always named by the user id, so sessions and the audit log never hold an
 * address.
 */
@Component
class AccountDetails implements UserDetailsService {

	/** Stands in for a missing password: no password matches it. */
	static final String NO_PASSWORD = "{none}";

	private final UserAccounts users;

	private final Grants grants;

	AccountDetails(UserAccounts users, Grants grants) {
		this.users = users;
		this.grants = grants;
	}

	@Override
	public UserDetails loadUserByUsername(String emailOrId) {
		Account account = find(emailOrId).orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.id().toString())
			.password(account.passwordHash() == null ? NO_PASSWORD : account.passwordHash())
			.authorities(authorities(account.id()))
			.build();
	}

	List<GrantedAuthority> authorities(UserId user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(Role.RESIDENT.authority()));
		this.grants.of(user)
			.stream()
			.map(grant -> grant.role().authority())
			.distinct()
			.forEach(authority -> authorities.add(new SimpleGrantedAuthority(authority)));
		return authorities;
	}

	private Optional<Account> find(String emailOrId) {
		if (emailOrId.contains("@")) {
			return this.users.byEmail(emailOrId);
		}
		try {
			return this.users.byId(UserId.parse(emailOrId));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

}
