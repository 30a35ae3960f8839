package nl.speelveld.shared.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

	@Bean
	Mailer mailer(ObjectProvider<JavaMailSender> smtp, Outbox outbox,
			@Value("${speelveld.mail.from:Speelveld <noreply@speelveld.invalid>}") String from) {
		JavaMailSender sender = smtp.getIfAvailable();
		if (sender == null) {
			log.info("No mail server configured (spring.mail.host): mail goes to the outbox at /beheer/outbox");
			return new Mailer() {

				@Override
				public void send(Mail mail) {
					outbox.keep(mail);
				}

				@Override
				public boolean delivers() {
					return false;
				}

			};
		}
		return new Mailer() {

			@Override
			public void send(Mail mail) {
				var message = new SimpleMailMessage();
				message.setFrom(from);
				message.setTo(mail.to());
				message.setSubject(mail.subject());
				message.setText(mail.body());
				sender.send(message);
			}

			@Override
			public boolean delivers() {
				return true;
			}

		};
	}

}
