package nl.speelveld.accounts;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.speelveld.accounts.users.Grants;
import nl.speelveld.accounts.users.Organisations;
import nl.speelveld.accounts.users.UserAccounts;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.shared.mail.Outbox;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * People and organisations for tests, made through the real repositories: an administrator, a
 * coordinator for a gemeente, a professional, each with a password, and a way to read links from mail.
 */
@Component
public class AccountsFixture {

	public static final String PASSWORD = "een lange zin als wachtwoord voor tests";

	private final UserAccounts users;

	private final Grants grants;

	private final Organisations organisations;

	private final PasswordEncoder passwords;

	private final Outbox outbox;

	AccountsFixture(UserAccounts users, Grants grants, Organisations organisations, PasswordEncoder passwords,
			Outbox outbox) {
		this.users = users;
		this.grants = grants;
		this.organisations = organisations;
		this.passwords = passwords;
		this.outbox = outbox;
	}

	/** A fresh address, so that tests sharing a database never meet. */
	public static String email(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	public UserId person(String email, String name) {
		return this.users.create(email, name, this.passwords.encode(PASSWORD), true);
	}

	public UserId administrator(String email) {
		UserId user = person(email, "Beheerder Test");
		this.grants.add(user, Role.ADMINISTRATOR, null, null, null);
		return user;
	}

	public UserId coordinator(String email, UUID organisation, AreaCode area) {
		UserId user = person(email, "Coördinator Test");
		this.grants.add(user, Role.COORDINATOR, organisation, area, null);
		this.organisations.addMember(organisation, user);
		return user;
	}

	/** Someone who moderates contributions in {@code area} for the organisation, like a coordinator is granted. */
	public UserId moderator(String email, UUID organisation, AreaCode area) {
		UserId user = person(email, "Moderator Test");
		this.grants.add(user, Role.MODERATOR, organisation, area, null);
		this.organisations.addMember(organisation, user);
		return user;
	}

	public UserId professional(String email, UUID organisation) {
		UserId user = person(email, "Professional Test");
		this.grants.add(user, Role.PROFESSIONAL, organisation, null, null);
		this.organisations.addMember(organisation, user);
		return user;
	}

	public UUID organisation(String name, OrganisationType type, String... gemeenten) {
		return this.organisations.create(name, type, List.of(gemeenten).stream().map(AreaCode::new).toList());
	}

	/** The first link to this site in the newest mail to this address. */
	public String linkInMailTo(String email) {
		var mail = this.outbox.newest(50)
			.stream()
			.filter(message -> message.recipient().equalsIgnoreCase(email))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No mail to " + email + " in the outbox"));
		Matcher link = Pattern.compile("https?://\\S+").matcher(mail.body());
		if (!link.find()) {
			throw new AssertionError("No link in the mail to " + email + ": " + mail.body());
		}
		return link.group();
	}

}
