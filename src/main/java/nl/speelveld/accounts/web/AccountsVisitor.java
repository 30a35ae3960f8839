package nl.speelveld.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.speelveld.accounts.users.AccessRules;
import nl.speelveld.accounts.users.Account;
import nl.speelveld.accounts.users.SignedIn;
import nl.speelveld.accounts.users.UserAccounts;
import nl.speelveld.shared.web.Visitor;

import org.springframework.stereotype.Component;

/** Tells the page layout who is signed in, so the menu offers the account and, where allowed, administration. */
@Component
class AccountsVisitor implements Visitor.Source {

	private final UserAccounts users;

	private final AccessRules access;

	AccountsVisitor(UserAccounts users, AccessRules access) {
		this.users = users;
		this.access = access;
	}

	@Override
	public Visitor of(HttpServletRequest request) {
		return SignedIn.user()
			.flatMap(this.users::byId)
			.map(Account::shownName)
			.map(name -> visitor(name, this.access.entrance()))
			.orElse(new Visitor(false, "", false, false));
	}

	private static Visitor visitor(String name, AccessRules.Entrance entrance) {
		return new Visitor(true, name, entrance == AccessRules.Entrance.ADMINISTRATION,
				entrance != AccessRules.Entrance.NONE);
	}

}
