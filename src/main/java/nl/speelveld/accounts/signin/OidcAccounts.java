package nl.speelveld.accounts.signin;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.accounts.UserId;
import nl.speelveld.accounts.users.Hashes;
import nl.speelveld.accounts.users.UserAccounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in through any OpenID Connect provider (a municipality's identity provider, a DigiD broker). The
 * provider's subject is kept only as a hash, because brokers may put a BSN in it. A first sign-in links
 * to the account with the same verified e-mail address, or opens one.
 */
@Component
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/** The claim under which the principal carries our user id, which names it. */
	static final String USER_CLAIM = "speelveld_user";

	private final OidcUserService provider = new OidcUserService();

	private final UserAccounts users;

	private final AccountDetails details;

	private final JdbcClient jdbc;

	OidcAccounts(UserAccounts users, AccountDetails details, JdbcClient jdbc) {
		this.users = users;
		this.details = details;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser person = this.provider.loadUser(request);
		String issuer = String.valueOf(person.getIssuer());
		String subject = Hashes.sha256(issuer + "|" + person.getSubject());
		UserId user = this.jdbc.sql("select user_id from acc_oidc_identity where issuer = ? and subject_hash = ?")
			.params(issuer, subject)
			.query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
			.optional()
			.orElseGet(() -> link(person, issuer, subject));
		this.users.signedIn(user, Boolean.TRUE.equals(person.getEmailVerified()));
		Map<String, Object> claims = new HashMap<>(person.getUserInfo() == null ? Map.of() : person.getUserInfo().getClaims());
		claims.put("sub", person.getSubject());
		claims.put(USER_CLAIM, user.toString());
		return new DefaultOidcUser(this.details.authorities(user), person.getIdToken(), new OidcUserInfo(claims),
				USER_CLAIM);
	}

	private UserId link(OidcUser person, String issuer, String subject) {
		String email = person.getEmail();
		if (email == null || !Boolean.TRUE.equals(person.getEmailVerified())) {
			throw new OAuth2AuthenticationException(new OAuth2Error("no_verified_email",
					"The provider gave no verified e-mail address", null));
		}
		UserId user = this.users.byEmail(email)
			.map(existing -> existing.id())
			.orElseGet(() -> this.users.create(email, person.getFullName(), null, true));
		this.jdbc.sql("insert into acc_oidc_identity (issuer, subject_hash, user_id) values (?, ?, ?)")
			.params(issuer, subject, user.value())
			.update();
		return user;
	}

}
