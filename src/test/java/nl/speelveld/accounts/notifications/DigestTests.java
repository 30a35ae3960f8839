package nl.speelveld.accounts.notifications;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.Addressees;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.Notice;
import nl.speelveld.accounts.Notifications;
import nl.speelveld.accounts.UserId;
import nl.speelveld.shared.mail.Mail;
import nl.speelveld.shared.mail.Mailer;
import nl.speelveld.shared.mail.Outbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Notices reach a person as one digest on the day their cadence says, in their language, exactly once;
 * nothing is kept for those who want no digest, nor for a change that was rolled back.
 */
@SpeelveldTest
class DigestTests {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	/** A message with two arguments that reads differently in Dutch and English. */
	private static final String MESSAGE = "mail.freshness.entry.at";

	@RegisterExtension
	static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	Notifications notifications;

	@Autowired
	Digests digests;

	@Autowired
	NoticeStore store;

	@Autowired
	DigestMail mail;

	@Autowired
	Addressees addressees;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	private final LocalDate today = LocalDate.now(AMSTERDAM);

	@Test
	void twoNoticesMakeOneMailWithBothGroupedUnderTheirTopic() throws Exception {
		String email = AccountsFixture.email("anouk");
		UserId anouk = this.accounts.person(email, "Anouk Bewoner");
		String first = "/initiatieven/" + UUID.randomUUID();
		notifyInTransaction(anouk, Notice.of("initiatives", MESSAGE, first, "Moestuin Lombok", "Buurthuis De Boog"));
		notifyInTransaction(anouk, Notice.of("initiatives", MESSAGE, null, "Speeltuin Oog in Al", "Wijkraad West"));

		Digests overSmtp = new Digests(this.store, this.mail, smtp(), this.addressees, this.transaction);
		overSmtp.sendDue(this.today);
		overSmtp.sendDue(this.today);

		List<MimeMessage> toAnouk = List.of(SMTP.getReceivedMessages()).stream()
			.filter(message -> GreenMailUtil.getAddressList(recipients(message)).contains(email))
			.toList();
		assertThat(toAnouk).as("one mail, also when the run is repeated").hasSize(1);
		assertThat(toAnouk.get(0).getSubject()).isEqualTo("Wat er nieuw is op Speelveld");
		String body = toAnouk.get(0).getContent().toString().replace("\r\n", "\n");
		assertThat(body).contains("Hallo Anouk Bewoner,", "Er zijn 2 meldingen voor je.", "Bewonersinitiatieven\n",
				"Moestuin Lombok bij Buurthuis De Boog", "Speeltuin Oog in Al bij Wijkraad West", "http://localhost:8080" + first,
				"http://localhost:8080/account");
		assertThat(body.indexOf("Moestuin")).as("oldest first").isLessThan(body.indexOf("Speeltuin"));
		assertThat(pending(anouk)).isZero();
	}

	@Test
	void aWeeklyDigestWaitsForMondayAndThenHoldsEverything() {
		String email = AccountsFixture.email("wessel");
		UserId wessel = this.accounts.person(email, "Wessel Wekelijks");
		this.store.setCadence(wessel, DigestCadence.WEEKLY);
		notifyInTransaction(wessel, Notice.of("initiatives", MESSAGE, null, "Buurtfeest", "Kanaleneiland"));
		LocalDate tuesday = this.today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
		LocalDate monday = tuesday.with(TemporalAdjusters.next(DayOfWeek.MONDAY));

		this.digests.sendDue(tuesday);
		assertThat(mailsTo(email)).as("nothing on Tuesday").isEmpty();
		notifyInTransaction(wessel, Notice.of("initiatives", MESSAGE, null, "Repair Café", "Zuilen"));

		this.digests.sendDue(monday);
		this.digests.sendDue(monday);
		assertThat(mailsTo(email)).singleElement().satisfies(digest -> {
			assertThat(digest.subject()).isEqualTo("Wat er deze week nieuw was op Speelveld");
			assertThat(digest.body()).contains("Buurtfeest bij Kanaleneiland", "Repair Café bij Zuilen",
					"één keer per week");
		});
	}

	@Test
	void aMailThatCannotBeHandedOverLeavesTheNoticesForTheNextRun() {
		String email = AccountsFixture.email("olaf");
		UserId olaf = this.accounts.person(email, "Olaf Opnieuw");
		notifyInTransaction(olaf, Notice.of("initiatives", MESSAGE, null, "Buurtfeest", "Overvecht"));
		Mailer down = new Mailer() {

			@Override
			public void send(Mail mail) {
				throw new org.springframework.mail.MailSendException("mail server down");
			}

			@Override
			public boolean delivers() {
				return true;
			}

		};

		new Digests(this.store, this.mail, down, this.addressees, this.transaction).sendDue(this.today);
		assertThat(pending(olaf)).as("still waiting").isOne();
		assertThat(this.jdbc.sql("select count(*) from acc_digest where user_id = ?").param(olaf.value())
			.query(Integer.class).single()).as("no digest recorded").isZero();

		this.digests.sendDue(this.today);
		this.digests.sendDue(this.today);
		assertThat(mailsTo(email)).as("the retry sends it, once").singleElement()
			.satisfies(digest -> assertThat(digest.body()).contains("Buurtfeest bij Overvecht"));
		assertThat(pending(olaf)).isZero();
	}

	@Test
	void someoneWhoWantsNoDigestGetsNothingKept() {
		String email = AccountsFixture.email("nina");
		UserId nina = this.accounts.person(email, "Nina Niets");
		notifyInTransaction(nina, Notice.of("initiatives", MESSAGE, null, "Eerder", "Voor de keuze"));
		this.store.setCadence(nina, DigestCadence.NONE);
		notifyInTransaction(nina, Notice.of("initiatives", MESSAGE, null, "Later", "Na de keuze"));

		this.digests.sendDue(this.today);

		assertThat(this.jdbc.sql("select count(*) from acc_notice where recipient_id = ?").param(nina.value())
			.query(Integer.class).single()).as("notices kept, also those from before the choice").isZero();
		assertThat(mailsTo(email)).isEmpty();
	}

	@Test
	void theDigestIsInTheRecipientsLanguage() {
		String email = AccountsFixture.email("emma");
		UserId emma = this.accounts.person(email, "Emma English");
		this.jdbc.sql("update acc_user set language = 'en' where id = ?").param(emma.value()).update();
		notifyInTransaction(emma, Notice.of("initiatives", MESSAGE, null, "Community garden", "Lombok"));

		this.digests.sendDue(this.today);

		assertThat(mailsTo(email)).singleElement().satisfies(digest -> {
			assertThat(digest.subject()).isEqualTo("What is new on Speelveld");
			assertThat(digest.body()).contains("Hello Emma English,", "Residents' initiatives",
					"Community garden at Lombok", "There is one notification for you.");
		});
	}

	@Test
	void aRolledBackChangeNotifiesNobody() {
		String email = AccountsFixture.email("ruben");
		UserId ruben = this.accounts.person(email, "Ruben Teruggedraaid");
		this.transaction.executeWithoutResult(status -> {
			this.notifications.notify(ruben, Notice.of("initiatives", MESSAGE, null, "Nooit", "Gebeurd"));
			status.setRollbackOnly();
		});

		this.digests.sendDue(this.today);

		assertThat(pending(ruben)).isZero();
		assertThat(mailsTo(email)).isEmpty();
	}

	@Test
	void sentNoticesAreForgottenAfterTheirRetentionPeriod() {
		UserId saar = this.accounts.person(AccountsFixture.email("saar"), "Saar Bewaard");
		notifyInTransaction(saar, Notice.of("initiatives", MESSAGE, null, "Oud", "Bericht"));
		this.digests.sendDue(this.today);
		notifyInTransaction(saar, Notice.of("initiatives", MESSAGE, null, "Nieuw", "Bericht"));
		this.jdbc.sql("update acc_notice set sent_at = now() - interval '31 days' where recipient_id = ? and sent_at is not null")
			.param(saar.value()).update();

		this.store.removeSentBefore(Duration.ofDays(30));

		assertThat(this.jdbc.sql("select count(*) from acc_notice where recipient_id = ?").param(saar.value())
			.query(Integer.class).single()).as("only the one still waiting").isOne();
	}

	@Test
	void mistakesInANoticeShowAtOnce() {
		UserId someone = this.accounts.person(AccountsFixture.email("fout"), "Foutje");
		assertThatThrownBy(() -> this.notifications.notify(someone, Notice.of("initiatives", "no.such.message", null)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.notifications.notify(someone, Notice.of("unheard-of", MESSAGE, null, "a", "b")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Notice.of("initiatives", MESSAGE, "https://elders.example/x"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Notice.of("initiatives", MESSAGE, "//elders.example/x"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static jakarta.mail.Address[] recipients(MimeMessage message) {
		try {
			return message.getAllRecipients();
		}
		catch (jakarta.mail.MessagingException unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}

	private void notifyInTransaction(UserId user, Notice notice) {
		this.transaction.executeWithoutResult(status -> this.notifications.notify(user, notice));
	}

	private int pending(UserId user) {
		return this.jdbc.sql("select count(*) from acc_notice where recipient_id = ? and sent_at is null")
			.param(user.value()).query(Integer.class).single();
	}

	private List<Outbox.Message> mailsTo(String email) {
		return this.outbox.newest(500).stream().filter(message -> message.recipient().equalsIgnoreCase(email)).toList();
	}

	/** A mailer that really sends, to the test's own mail server. */
	private static Mailer smtp() {
		var sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(SMTP.getSmtp().getPort());
		return new Mailer() {

			@Override
			public void send(Mail mail) {
				var message = new SimpleMailMessage();
				message.setFrom("noreply@speelveld.example");
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
