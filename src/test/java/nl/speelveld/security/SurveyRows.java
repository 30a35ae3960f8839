package nl.speelveld.security;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.meetings.MeetingsFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.surveys.SurveysFixture;
import nl.speelveld.security.AuthorisationMatrix.Row;

import static nl.speelveld.security.AuthorisationMatrix.EVERYONE;
import static nl.speelveld.security.AuthorisationMatrix.SIGNED_IN;
import static nl.speelveld.security.AuthorisationMatrix.UTRECHT;
import static nl.speelveld.security.AuthorisationMatrix.row;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The rows of {@link AuthorisationMatrix} for the surveys and meetings of participation processes: residents
 * read, fill in and register; the process's owners (Utrecht's coordinator, administrators) build and plan.
 * Every example works on a new process in the Binnenstad of Utrecht, in its survey phase.
 */
final class SurveyRows {

	static final List<Row> SURVEYS = List.of(
			row("GET /participatie/{id}/vragenlijsten", EVERYONE, data -> get("/participatie/{id}/vragenlijsten", process(data).id())),
			row("GET /participatie/{id}/vragenlijsten/{survey}", EVERYONE, data -> {
				Process process = process(data);
				return get("/participatie/{id}/vragenlijsten/{survey}", process.id(), surveys(data).own(process));
			}),
			row("GET /participatie/{id}/vragenlijsten/{survey}/invullen", SIGNED_IN, data -> {
				Process process = process(data);
				return get("/participatie/{id}/vragenlijsten/{survey}/invullen", process.id(), surveys(data).own(process));
			}),
			row("POST /participatie/{id}/vragenlijsten/{survey}", SIGNED_IN, data -> {
				Process process = process(data);
				return post("/participatie/{id}/vragenlijsten/{survey}", process.id(), surveys(data).own(process))
					.param("q0", "5")
					.param("q1", "0");
			}),
			row("GET /participatie/{id}/vragenlijsten/{survey}/uitkomsten", EVERYONE, data -> {
				Process process = process(data);
				return get("/participatie/{id}/vragenlijsten/{survey}/uitkomsten", process.id(),
						surveys(data).liveability(process));
			}),
			row("GET /gebied/{code}/leefbaarheid", EVERYONE, data -> get("/gebied/{code}/leefbaarheid", "WK034406")),
			// Building: those who run the process
			row("GET /beheer/participatie/{id}/vragenlijsten/nieuw", UTRECHT,
					data -> get("/beheer/participatie/{id}/vragenlijsten/nieuw", process(data).id())),
			row("POST /beheer/participatie/{id}/vragenlijsten/nieuw", UTRECHT,
					data -> post("/beheer/participatie/{id}/vragenlijsten/nieuw", process(data).id()).param("template",
							"liveability")),
			row("GET /beheer/participatie/{id}/vragenlijsten/{survey}", UTRECHT, data -> {
				Process process = process(data);
				return get("/beheer/participatie/{id}/vragenlijsten/{survey}", process.id(), surveys(data).own(process));
			}),
			row("POST /beheer/participatie/{id}/vragenlijsten/{survey}/vragen", UTRECHT, data -> {
				Process process = process(data);
				return post("/beheer/participatie/{id}/vragenlijsten/{survey}/vragen", process.id(), surveys(data).own(process))
					.param("kind", "open")
					.param("text", "Wat mist er op het plein?");
			}),
			row("POST /beheer/participatie/{id}/vragenlijsten/{survey}/vragen/{position}/verwijderen", UTRECHT, data -> {
				Process process = process(data);
				return post("/beheer/participatie/{id}/vragenlijsten/{survey}/vragen/{position}/verwijderen", process.id(),
						surveys(data).own(process), 3);
			}));

	static final List<Row> MEETINGS = List.of(
			row("GET /participatie/{id}/bijeenkomsten", EVERYONE, data -> get("/participatie/{id}/bijeenkomsten", process(data).id())),
			row("GET /participatie/{id}/bijeenkomsten/{meeting}", EVERYONE, data -> {
				Process process = process(data);
				return get("/participatie/{id}/bijeenkomsten/{meeting}", process.id(), coming(data, process));
			}),
			row("GET /participatie/{id}/bijeenkomsten/{meeting}/agenda.ics", EVERYONE, data -> {
				Process process = process(data);
				return get("/participatie/{id}/bijeenkomsten/{meeting}/agenda.ics", process.id(), coming(data, process));
			}),
			row("GET /participatie/{id}/bijeenkomsten/{meeting}/aanmelden", SIGNED_IN, data -> {
				Process process = process(data);
				return get("/participatie/{id}/bijeenkomsten/{meeting}/aanmelden", process.id(), coming(data, process));
			}),
			row("POST /participatie/{id}/bijeenkomsten/{meeting}/aanmelden", SIGNED_IN, data -> {
				Process process = process(data);
				return post("/participatie/{id}/bijeenkomsten/{meeting}/aanmelden", process.id(), coming(data, process));
			}),
			row("POST /participatie/{id}/bijeenkomsten/{meeting}/afmelden", SIGNED_IN, data -> {
				Process process = process(data);
				return post("/participatie/{id}/bijeenkomsten/{meeting}/afmelden", process.id(), coming(data, process));
			}),
			// Planning and reporting: those who run the process
			row("GET /beheer/participatie/{id}/bijeenkomsten/nieuw", UTRECHT,
					data -> get("/beheer/participatie/{id}/bijeenkomsten/nieuw", process(data).id())),
			row("POST /beheer/participatie/{id}/bijeenkomsten/nieuw", UTRECHT,
					data -> post("/beheer/participatie/{id}/bijeenkomsten/nieuw", process(data).id()).param("title", "Buurtavond")
						.param("place", "venue")
						.param("venueName", "Buurthuis Voorbeeld")
						.param("venueAddress", "Oudegracht 1, Utrecht")
						.param("day", java.time.LocalDate.now().plusDays(14).toString())
						.param("startTime", "19:30")
						.param("endTime", "21:30")),
			row("POST /beheer/participatie/{id}/bijeenkomsten/{meeting}/verslag", UTRECHT, data -> {
				Process process = process(data);
				UUID held = data.bean(MeetingsFixture.class).meeting(process, Duration.ofDays(-1), null);
				return post("/beheer/participatie/{id}/bijeenkomsten/{meeting}/verslag", process.id(), held).param("report",
						"Er kwamen twaalf bewoners.");
			}));

	private SurveyRows() {
	}

	/** A new open process in the Binnenstad of Utrecht, in its survey phase. */
	private static Process process(AuthorisationMatrix data) {
		return data.bean(ProcessFixture.class).process(new AreaCode("WK034406"), PhaseKind.SURVEY).open();
	}

	private static SurveysFixture surveys(AuthorisationMatrix data) {
		return data.bean(SurveysFixture.class);
	}

	private static UUID coming(AuthorisationMatrix data, Process process) {
		return data.bean(MeetingsFixture.class).meeting(process, Duration.ofDays(7), null);
	}

}
