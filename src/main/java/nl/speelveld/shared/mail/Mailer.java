package nl.speelveld.shared.mail;

/**
 * Sends mail: over SMTP when {@code spring.mail.host} is set, otherwise into the outbox that
 * administrators read at /beheer/outbox, so that Speelveld works without a mail server.
 */
public interface Mailer {

	void send(Mail mail);

	/** Whether mail really leaves the building; the outbox page warns when it does not. */
	boolean delivers();

}
