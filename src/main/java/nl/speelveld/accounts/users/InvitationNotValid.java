package nl.speelveld.accounts.users;

import nl.speelveld.shared.Problem;

/** The link was used already, expired, or never existed. */
public class InvitationNotValid extends Problem {

	public InvitationNotValid() {
		super(Kind.NOT_FOUND, "problem.invitation.not-valid");
	}

}
