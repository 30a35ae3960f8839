package nl.speelveld.accounts.users;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import nl.speelveld.accounts.UserId;
import nl.speelveld.accounts.audit.AuditLog;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking up an invitation: the person behind the e-mail address gets an account (or keeps theirs), a
 * password, membership of the organisation and the role. Anyone holding the link may do this, which is
 * why the link goes only to that address and works once, for a week.
 */
@Service
public class InvitationAcceptance {

	private final Invitations invitations;

	private final UserAccounts users;

	private final Grants grants;

	private final Organisations organisations;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	InvitationAcceptance(Invitations invitations, UserAccounts users, Grants grants, Organisations organisations,
			PasswordEncoder passwords, AuditLog audit) {
		this.invitations = invitations;
		this.users = users;
		this.grants = grants;
		this.organisations = organisations;
		this.passwords = passwords;
		this.audit = audit;
	}

	/** The invitation behind a link, while it can still be accepted. */
	public Optional<Invitation> open(String token) {
		return this.invitations.byToken(token).filter(invitation -> invitation.isOpen(Instant.now()));
	}

	@Transactional
	public UserId accept(String token, String displayName, String password) {
		Invitation invitation = open(token).orElseThrow(InvitationNotValid::new);
		String hash = this.passwords.encode(password);
		UserId user = this.users.byEmail(invitation.email()).map(existing -> {
			this.users.setPasswordHash(existing.id(), hash);
			this.users.rename(existing.id(), displayName);
			return existing.id();
		}).orElseGet(() -> this.users.create(invitation.email(), displayName, hash, true));
		this.users.signedIn(user, true);
		this.grants.add(user, invitation.role(), invitation.organisationId(), invitation.area(), null);
		if (invitation.organisationId() != null) {
			this.organisations.addMember(invitation.organisationId(), user);
		}
		this.invitations.accepted(invitation.id(), user);
		this.audit.record(user, "invitation-accepted", "user", user, Map.of("role", invitation.role().key()));
		return user;
	}

}
