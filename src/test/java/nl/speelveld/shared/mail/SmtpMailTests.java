package nl.speelveld.shared.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/** With a mail server configured, mail leaves over SMTP and nothing is kept in the outbox. */
class SmtpMailTests {

	@RegisterExtension
	static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

	@Test
	void sendsOverSmtpWhenAMailServerIsConfigured() throws Exception {
		var sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(SMTP.getSmtp().getPort());
		var beans = new DefaultListableBeanFactory();
		beans.registerSingleton("sender", sender);

		Mailer mailer = new MailConfiguration().mailer(beans.getBeanProvider(JavaMailSender.class), null,
				"Speelveld <noreply@speelveld.example>");
		mailer.send(new Mail("bewoner@example.org", "Inloggen bij Speelveld", "Met deze link log je in: https://x"));

		assertThat(mailer.delivers()).isTrue();
		var received = SMTP.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Inloggen bij Speelveld");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("bewoner@example.org");
		assertThat(received[0].getFrom()[0].toString()).contains("noreply@speelveld.example");
		assertThat(GreenMailUtil.getBody(received[0])).contains("Met deze link log je in");
	}

}
