package nl.speelveld.participation.meetings;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static nl.speelveld.initiatives.InitiativeCast.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Meetings of a process in Groningen: registering within the places, cancelling, the report and the calendar file. */
@SpeelveldTest
class MeetingControllerTests {

	private static final AreaCode OOSTERPARK = new AreaCode("WK001404");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProcessFixture processes;

	@Autowired
	MeetingsFixture meetings;

	@Autowired
	MeetingStore store;

	@Autowired
	Registrations registrations;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<PersonalDataHolder> holders;

	@Test
	void aResidentRegistersAndCancels() {
		Process process = open();
		UUID meeting = this.meetings.meeting(process, Duration.ofDays(7), 30);
		UserId resident = resident();

		assertThat(this.mvc.get().uri(page(process, meeting)).with(signedIn(resident))).hasStatusOk()
			.bodyText()
			.contains("Buurthuis De Kolk, Kolkstraat 1, Groningen", "Nog 30 plaatsen", "Ik kom", "agenda.ics");
		assertThat(this.mvc.post().uri(page(process, meeting) + "/aanmelden").with(signedIn(resident)).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post().uri(page(process, meeting) + "/aanmelden").with(signedIn(resident)).with(csrf()))
			.as("a second registration changes nothing").hasStatus(HttpStatus.FOUND);
		assertThat(this.store.get(process.id(), meeting).registered()).isEqualTo(1);
		assertThat(this.mvc.get().uri(page(process, meeting)).with(signedIn(resident))).bodyText()
			.contains("Je bent aangemeld.", "Nog 29 plaatsen");

		assertThat(this.mvc.post().uri(page(process, meeting) + "/afmelden").with(signedIn(resident)).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.store.get(process.id(), meeting).registered()).isZero();
	}

	@Test
	void aFullMeetingTakesNoOneMore() {
		Process process = open();
		UUID meeting = this.meetings.meeting(process, Duration.ofDays(7), 1);
		this.meetings.register(meeting, resident().value());
		UserId late = resident();

		assertThat(this.mvc.get().uri(page(process, meeting)).with(signedIn(late))).bodyText()
			.contains(">Vol<", "Deze bijeenkomst is vol.")
			.doesNotContain("Ik kom");
		assertThat(this.mvc.post().uri(page(process, meeting) + "/aanmelden").with(signedIn(late)).with(csrf()))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Deze bijeenkomst is vol. Je bent niet aangemeld.");
		assertThat(this.store.isRegistered(meeting, late.value())).isFalse();
		assertThat(this.store.get(process.id(), meeting).registered()).isEqualTo(1);
	}

	@Test
	void twoPeopleForTheLastPlaceAtOnceGetItOnce() throws Exception {
		Process process = open();
		UUID meeting = this.meetings.meeting(process, Duration.ofDays(7), 1);
		CyclicBarrier together = new CyclicBarrier(2);
		Supplier<String> attempt = () -> {
			UserId resident = resident();
			return as(resident, () -> {
				try {
					together.await(10, TimeUnit.SECONDS);
					return this.registrations.register(process, meeting) ? "registered" : "already";
				}
				catch (MeetingRefused refused) {
					return refused.messageKey();
				}
				catch (Exception interrupted) {
					throw new IllegalStateException(interrupted);
				}
			});
		};
		var first = CompletableFuture.supplyAsync(attempt);
		var second = CompletableFuture.supplyAsync(attempt);

		assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
			.containsExactlyInAnyOrder("registered", MeetingRefused.FULL);
		assertThat(this.store.get(process.id(), meeting).registered()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from participation_meeting_registration where meeting_id = ?")
			.param(meeting)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void registeringForAClosedProcessOrAStartedMeetingIsRefused() {
		Process process = open();
		UUID started = this.meetings.meeting(process, Duration.ofMinutes(-30), null);
		assertThat(this.mvc.post().uri(page(process, started) + "/aanmelden").with(signedIn(resident())).with(csrf()))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Deze bijeenkomst is al begonnen.");

		UUID coming = this.meetings.meeting(process, Duration.ofDays(2), null);
		this.processes.closed(process);
		assertThat(this.mvc.post().uri(page(process, coming) + "/aanmelden").with(signedIn(resident())).with(csrf()))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Dit traject is afgesloten.");
		assertThat(this.store.get(process.id(), coming).registered()).isZero();
	}

	@Test
	void theOwnerPlansAMeetingAndOthersCannot() {
		Process process = open();
		String start = "/beheer/participatie/" + process.id() + "/bijeenkomsten/nieuw";

		assertThat(this.mvc.post().uri(start).param("title", "Avond").with(signedIn(elsewhere())).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		UserId owner = coordinator(process);
		assertThat(this.mvc.post().uri(start).param("title", "").param("place", "online").param("link", "javascript:alert(1)")
			.param("day", "morgen").param("startTime", "20:00").param("endTime", "19:00").param("capacity", "-3")
			.with(signedIn(owner)).with(csrf())).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Geef de bijeenkomst een titel.", "Vul een link in die begint met https://.", "Vul een datum in",
					"De eindtijd moet na de begintijd liggen.", "Vul een aantal in van 1 tot 10.000");

		var created = this.mvc.post().uri(start).param("title", "Inloopavond plein").param("agenda", "Plannen bekijken.")
			.param("place", "venue").param("venueName", "Buurthuis De Kolk").param("venueAddress", "Kolkstraat 1")
			.param("day", java.time.LocalDate.now().plusDays(10).toString()).param("startTime", "19:30")
			.param("endTime", "21:00").param("capacity", "40").with(signedIn(owner)).with(csrf()).exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		assertThat(this.store.ofProcess(process.id())).singleElement().satisfies(meeting -> {
			assertThat(meeting.title()).isEqualTo("Inloopavond plein");
			assertThat(meeting.capacity()).isEqualTo(40);
			assertThat(meeting.endsAt()).isEqualTo(meeting.startsAt().plus(Duration.ofMinutes(90)));
		});
	}

	@Test
	void theReportComesAfterTheMeetingAndReachesThoseWhoRegistered() {
		Process process = open();
		UserId owner = coordinator(process);
		UUID coming = this.meetings.meeting(process, Duration.ofDays(1), null);
		assertThat(this.mvc.post().uri(report(process, coming)).param("report", "Het was fijn.").with(signedIn(owner))
			.with(csrf())).hasStatus(HttpStatus.CONFLICT).bodyText().contains("als de bijeenkomst is afgelopen");

		UUID held = this.meetings.meeting(process, Duration.ofDays(-2), null);
		UserId guest = resident();
		this.meetings.register(held, guest.value());
		assertThat(this.mvc.post().uri(report(process, held)).param("report", "Het was fijn.").with(signedIn(guest))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri(report(process, held)).param("report", " ").with(signedIn(owner)).with(csrf()))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Schrijf het verslag.");
		assertThat(this.mvc.post().uri(report(process, held)).param("report", "Twintig bewoners kwamen.")
			.with(signedIn(owner)).with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post().uri(report(process, held)).param("report", "Twintig bewoners kwamen, en de wethouder.")
			.with(signedIn(owner)).with(csrf())).hasStatus(HttpStatus.FOUND);

		assertThat(this.mvc.get().uri(page(process, held))).bodyText().contains("Verslag", "Twintig bewoners kwamen, en de wethouder.");
		assertThat(this.jdbc.sql("select message_key from acc_notice where recipient_id = ? and link = ?")
			.params(guest.value(), page(process, held))
			.query(String.class)
			.list()).as("one notice, for the first report only").containsExactly("notifications.meeting.reported");
	}

	@Test
	void theCalendarFileHoldsTheMeeting() {
		Process process = open();
		UUID meeting = this.meetings.meeting(process, Duration.ofDays(7), null);

		assertThat(this.mvc.get().uri(page(process, meeting) + "/agenda.ics")).hasStatusOk()
			.hasContentTypeCompatibleWith("text/calendar")
			.bodyText()
			.contains("BEGIN:VEVENT", "UID:" + meeting + "@speelveld", "LOCATION:Buurthuis De Kolk\\, Kolkstraat 1\\, Groningen",
					"DESCRIPTION:Welkom.\\nPlannen bekijken.", "END:VCALENDAR");
	}

	@Test
	void theLinkOfAnOnlineMeetingIsForThoseWhoRegistered() {
		Process process = open();
		UUID meeting = this.meetings.online(process, "https://meet.example.org/buurt");
		UserId resident = resident();

		assertThat(this.mvc.get().uri(page(process, meeting)).with(signedIn(resident))).bodyText()
			.contains("je krijgt de link als je je aanmeldt")
			.doesNotContain("https://meet.example.org/buurt");
		assertThat(this.mvc.get().uri(page(process, meeting) + "/agenda.ics")).bodyText()
			.as("the calendar file of an anonymous visitor").contains("LOCATION:Online")
			.doesNotContain("meet.example.org/buurt");
		this.meetings.register(meeting, resident.value());
		assertThat(this.mvc.get().uri(page(process, meeting)).with(signedIn(resident))).bodyText()
			.contains("href=\"https://meet.example.org/buurt\"");
		assertThat(this.mvc.get().uri(page(process, meeting) + "/agenda.ics").with(signedIn(resident))).bodyText()
			.contains("meet.example.org/buurt");
	}

	@Test
	void erasureFreesThePlace() {
		Process process = open();
		UUID meeting = this.meetings.meeting(process, Duration.ofDays(7), 5);
		UserId resident = resident();
		this.meetings.register(meeting, resident.value());
		PersonalDataHolder data = this.holders.stream()
			.filter(holder -> holder.section().equals("participation-meetings"))
			.findFirst()
			.orElseThrow();

		assertThat(data.export(resident)).extracting(row -> row.get("table")).containsExactly("participation_meeting_registration");
		data.erase(resident);

		assertThat(data.export(resident)).isEmpty();
		assertThat(this.store.get(process.id(), meeting).registered()).isZero();
	}

	@Autowired
	DemoMeetings demo;

	@Test
	void theDemoHasAMeetingWithItsReportAndOneToCome() {
		Process process = open();
		this.demo.addTo(process);

		assertThat(this.store.ofProcess(process.id())).hasSize(2).satisfiesExactly(held -> {
			assertThat(held.report()).contains("23 bewoners");
			assertThat(held.registered()).isEqualTo(6);
		}, coming -> assertThat(coming.registered()).isEqualTo(4));
		assertThat(this.mvc.get().uri("/participatie/" + process.id() + "/bijeenkomsten")).hasStatusOk()
			.bodyText()
			.contains("Het verslag staat online.", "Nog 26 plaatsen");
	}

	private Process open() {
		return this.processes.process(OOSTERPARK, PhaseKind.INFORMATION, PhaseKind.SURVEY).open();
	}

	private static String page(Process process, UUID meeting) {
		return "/participatie/" + process.id() + "/bijeenkomsten/" + meeting;
	}

	private static String report(Process process, UUID meeting) {
		return "/beheer/participatie/" + process.id() + "/bijeenkomsten/" + meeting + "/verslag";
	}

	private UserId resident() {
		return this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner");
	}

	private UserId coordinator(Process process) {
		return this.accounts.coordinator(AccountsFixture.email("traject"),
				this.accounts.organisation("Gemeente Groningen " + process.id(), OrganisationType.GEMEENTE, "GM0014"),
				new AreaCode("GM0014"));
	}

	private UserId elsewhere() {
		return this.accounts.coordinator(AccountsFixture.email("elders"),
				this.accounts.organisation("Gemeente Utrecht " + UUID.randomUUID(), OrganisationType.GEMEENTE, "GM0344"),
				new AreaCode("GM0344"));
	}

	private static RequestPostProcessor signedIn(UserId who) {
		return user(who.toString());
	}

}
