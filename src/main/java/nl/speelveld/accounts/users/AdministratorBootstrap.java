package nl.speelveld.accounts.users;

import nl.speelveld.accounts.Role;
import nl.speelveld.shared.mail.Links;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new deployment has no administrator, and nobody to invite one. Until someone holds the role, each
 * start makes a fresh invitation for {@code speelveld.administrator-email} and writes its link to the log,
 * which only the operator reads.
 */
@Component
@ConditionalOnWebApplication
class AdministratorBootstrap {

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

	private final Grants grants;

	private final Invitations invitations;

	private final Links links;

	private final String email;

	AdministratorBootstrap(Grants grants, Invitations invitations, Links links,
			@Value("${speelveld.administrator-email:beheer@speelveld.invalid}") String email) {
		this.grants = grants;
		this.invitations = invitations;
		this.links = links;
		this.email = email;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void inviteTheFirstAdministrator() {
		if (this.grants.anyAdministrator()) {
			return;
		}
		this.invitations.withdrawOpenAdministratorInvitations();
		String token = this.invitations.create(this.email, null, Role.ADMINISTRATOR, null, null);
		log.warn("Speelveld has no administrator yet. Create the administrator account ({}) within {} days at {}",
				this.email, Invitations.VALID_FOR.toDays(), this.links.absolute("/uitnodiging/" + token));
	}

}
