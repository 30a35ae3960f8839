package nl.speelveld.participation.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.processes.Eligibility;
import nl.speelveld.participation.processes.LegalBasis;
import nl.speelveld.participation.processes.Phase;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Premoderation;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessDraft;
import nl.speelveld.participation.processes.ProcessStore;
import nl.speelveld.participation.processes.Rung;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo processes of one gemeente: one in every phase kind that runs today, one closed with its report,
 * and one draft, each on a rung that fits what it asks. The places are real wijken of the gemeente.
 */
@Component
class DemoProcesses {

	private static final int WEEKS_PER_PHASE = 3;

	private final ProcessStore store;

	private final JdbcClient jdbc;

	DemoProcesses(ProcessStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	/** A place in a demo gemeente: a wijk and what residents call the spot the processes are about. */
	record Place(AreaCode wijk, String wijkName, String park, String street, String owner) {
	}

	/** One demo process: what it asks, on which rung, its phases and which of them runs now (-1: closed). */
	record Plan(String title, String question, String description, Rung rung, String influence, LegalBasis basis,
			Eligibility eligibility, Set<String> components, List<PhaseKind> kinds, List<String> phaseTitles, int now,
			String report) {
	}

	List<Process> write(Place place, LocalDate today) {
		List<Process> written = new ArrayList<>();
		for (Plan plan : plans(place)) {
			written.add(write(place, plan, today));
		}
		return written;
	}

	private Process write(Place place, Plan plan, LocalDate today) {
		UUID id = UUID.randomUUID();
		// the phase running now contains today; a closed process ended a week ago
		int current = plan.now() < 0 ? plan.kinds().size() : plan.now();
		LocalDate first = today.minusWeeks((long) current * WEEKS_PER_PHASE).minusDays(plan.now() < 0 ? 7 : 3);
		List<Phase> phases = new ArrayList<>();
		for (int i = 0; i < plan.kinds().size(); i++) {
			LocalDate start = first.plusWeeks((long) i * WEEKS_PER_PHASE);
			phases.add(new Phase(i, plan.kinds().get(i), plan.phaseTitles().get(i), "", start,
					start.plusWeeks(WEEKS_PER_PHASE).minusDays(1)));
		}
		this.store.save(new ProcessDraft(place.wijk(), plan.title(), plan.question(), plan.description(), plan.rung(),
				plan.influence(), plan.basis(), place.owner(), plan.eligibility(), Premoderation.NEWCOMERS,
				plan.components(), phases), id, null);
		if (plan.now() == Integer.MIN_VALUE) {
			return this.store.get(id);
		}
		int reached = plan.now() < 0 ? plan.kinds().size() - 1 : plan.now();
		for (int i = 0; i <= reached; i++) {
			step(id, phases.get(i).startsOn(), i, "open");
		}
		if (plan.now() < 0) {
			step(id, phases.get(reached).endsOn().plusDays(1), null, "closed");
		}
		this.jdbc.sql("update participation_process set status = ?, current_phase = ?, report = ? where id = ?")
			.params(plan.now() < 0 ? "closed" : "open", plan.now() < 0 ? null : plan.now(),
					plan.report().isEmpty() ? null : plan.report(), id)
			.update();
		return this.store.get(id);
	}

	private void step(UUID process, LocalDate day, Integer phase, String status) {
		Instant at = day.atTime(9, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant().truncatedTo(ChronoUnit.MINUTES);
		this.jdbc.sql("insert into participation_process_step (process_id, at, phase, status) values (?, ?, ?, ?)")
			.params(process, java.sql.Timestamp.from(at), phase, status)
			.update();
	}

	private static List<Plan> plans(Place place) {
		String wijk = place.wijkName();
		return List.of(
				new Plan("Nieuwe inrichting van de " + place.street(),
						"Hoe ziet de " + place.street() + " eruit na het groot onderhoud?",
						"De riolering van de " + place.street() + " wordt vervangen. Daarna komt de straat opnieuw in. Op deze pagina leest u wat er gaat gebeuren en wanneer.",
						Rung.INFORMEREN, "Het ontwerp ligt vast. We vertellen wat er gebeurt, wanneer er overlast is en waar u terechtkunt met vragen.",
						LegalBasis.OMGEVINGSWET, Eligibility.SIGNED_IN, Set.of(Process.MEETINGS),
						List.of(PhaseKind.INFORMATION, PhaseKind.REPORTING), List.of("Informatie en inloopavond", "Uitvoering"), 0, ""),
				new Plan("Ideeën voor het " + place.park(),
						"Wat moet er beter in het " + place.park() + "?",
						"Het " + place.park() + " krijgt volgend jaar een opknapbeurt. Wat wilt u: meer groen, een plek om te spelen, bankjes in de schaduw? Dien uw idee in en steun de ideeën van anderen.",
						Rung.ADVISEREN, "De gemeente werkt de voorstellen met de meeste steun uit in het ontwerp. Wat we niet overnemen, leggen we per voorstel uit.",
						LegalBasis.PARTICIPATIEVERORDENING, Eligibility.AREA_RESIDENTS, Set.of(Process.PROPOSALS, Process.MEETINGS),
						List.of(PhaseKind.INFORMATION, PhaseKind.PROPOSALS, PhaseKind.ASSESSMENT, PhaseKind.REPORTING),
						List.of("Kennismaken", "Ideeën indienen", "De gemeente beoordeelt", "Wat er met de ideeën gebeurt"), 1, ""),
				new Plan("Verkeersveiligheid rond de scholen in " + wijk,
						"Welke oversteekplekken bij de scholen in " + wijk + " zijn onveilig, en wat helpt?",
						"Ouders en buurtbewoners dienden voorstellen in voor veiliger oversteken. Reageer nu met argumenten voor of tegen, en steun wat u belangrijk vindt.",
						Rung.RAADPLEGEN, "De gemeente weegt de argumenten mee bij de keuze van de maatregelen en laat per voorstel weten wat ze ermee doet.",
						LegalBasis.VRIJWILLIG, Eligibility.SIGNED_IN, Set.of(Process.PROPOSALS),
						List.of(PhaseKind.PROPOSALS, PhaseKind.DISCUSSION, PhaseKind.ASSESSMENT),
						List.of("Voorstellen indienen", "Reageren en steunen", "Besluit over de maatregelen"), 1, ""),
				new Plan("Hoe leefbaar is " + wijk + "?",
						"Hoe ervaart u het wonen in " + wijk + "?",
						"Veertien vragen over uw buurt: van groen en spelen tot je veilig voelen en invloed. Het invullen duurt ongeveer vijf minuten. De uitkomsten gebruiken we voor de wijkagenda.",
						Rung.RAADPLEGEN, "De uitkomsten komen in de wijkagenda. Bij de thema's die laag scoren, zoeken we samen met bewoners naar verbetering.",
						LegalBasis.VRIJWILLIG, Eligibility.AREA_RESIDENTS, Set.of(Process.SURVEYS),
						List.of(PhaseKind.SURVEY, PhaseKind.REPORTING), List.of("Vragenlijst invullen", "Uitkomsten en wijkagenda"), 0, ""),
				new Plan("Buurthuis van de toekomst in " + wijk,
						"Wat voor buurthuis heeft " + wijk + " nodig?",
						"Bewoners, het welzijnswerk en de gemeente maakten samen plannen voor het buurthuis. De gemeente beoordeelt nu wat haalbaar is.",
						Rung.COPRODUCEREN, "Wat haalbaar is binnen het budget, nemen we over. De werkgroep van bewoners beslist mee over de invulling.",
						LegalBasis.PARTICIPATIEVERORDENING, Eligibility.SIGNED_IN, Set.of(Process.PROPOSALS, Process.MEETINGS),
						List.of(PhaseKind.PROPOSALS, PhaseKind.ASSESSMENT, PhaseKind.REPORTING),
						List.of("Plannen maken", "Haalbaarheid toetsen", "Verantwoording"), 1, ""),
				new Plan("Groene schoolpleinen in " + wijk,
						"Welke schoolpleinen worden als eerste groen?",
						"Scholen en buurtbewoners stelden voor welke pleinen groen moeten worden. De gemeente heeft besloten en laat nu zien wat ze met elk voorstel doet.",
						Rung.ADVISEREN, "De gemeente volgt het advies, of legt per voorstel uit waarom niet.",
						LegalBasis.PARTICIPATIEVERORDENING, Eligibility.SIGNED_IN, Set.of(Process.PROPOSALS),
						List.of(PhaseKind.PROPOSALS, PhaseKind.ASSESSMENT, PhaseKind.REPORTING),
						List.of("Voorstellen", "Beoordeling", "Wat er met de voorstellen gebeurt"), 2, ""),
				new Plan("Beheer van de speeltuin aan de " + place.street(),
						"Willen bewoners de speeltuin zelf beheren?",
						"Een groep bewoners wilde het beheer van de speeltuin overnemen. Samen met de gemeente is een beheerplan gemaakt.",
						Rung.ZELFBEHEER, "Bewoners beheren de speeltuin zelf. De gemeente betaalt het groot onderhoud en controleert de veiligheid van de toestellen.",
						LegalBasis.UITDAAGRECHT, Eligibility.AREA_RESIDENTS, Set.of(Process.MEETINGS),
						List.of(PhaseKind.INFORMATION, PhaseKind.ASSESSMENT, PhaseKind.REPORTING),
						List.of("Bewonersavond", "Beheerplan toetsen", "Afspraken vastleggen"), -1,
						"De bewonersgroep beheert de speeltuin sinds deze maand zelf. Er is een beheerplan met een jaarlijks budget voor klein onderhoud. Het groot onderhoud en de veiligheidskeuring blijven bij de gemeente. Op de bewonersavond kwamen 34 mensen; hun vragen over toezicht en aansprakelijkheid staan beantwoord in het beheerplan."),
				new Plan("Buurtbudget " + wijk,
						"Welke projecten maken " + wijk + " mooier? Jij beslist mee over € 60.000.",
						"Bewoners dienden ideeën in. De haalbare ideeën staan nu op het stembiljet, met wat ze kosten. Kies de projecten die jij wilt, binnen het budget.",
						Rung.MEEBESLISSEN, "De projecten die de stemming winnen, voert de gemeente uit. Op deze pagina volg je hoe ver ze zijn.",
						LegalBasis.PARTICIPATIEVERORDENING, Eligibility.AREA_RESIDENTS, Set.of(Process.PROPOSALS, Process.BUDGETING),
						List.of(PhaseKind.PROPOSALS, PhaseKind.VOTING, PhaseKind.REPORTING),
						List.of("Ideeën indienen", "Stemmen", "Uitvoering"), 1, ""),
				new Plan("Buurtbudget " + wijk + " vorig jaar",
						"Welke projecten kwamen er van het buurtbudget van vorig jaar?",
						"Ieder huishouden kreeg een brief met een stemcode. De uitslag staat hieronder, met uitleg, en je volgt hoe ver de gekozen projecten zijn.",
						Rung.MEEBESLISSEN, "De gekozen projecten voert de gemeente uit. Hoe ver ze zijn, staat bij de uitslag.",
						LegalBasis.PARTICIPATIEVERORDENING, Eligibility.SIGNED_IN, Set.of(Process.BUDGETING),
						List.of(PhaseKind.PROPOSALS, PhaseKind.VOTING, PhaseKind.REPORTING),
						List.of("Ideeën indienen", "Stemmen", "Uitvoering"), -1,
						"De stemming is voorbij. De gekozen projecten en hoe ver ze zijn, staan bij de uitslag van de begroting."),
				new Plan("Parkeren in " + wijk,
						"Hoe verdelen we de parkeerruimte in " + wijk + "?",
						"Een concept: de gemeente bereidt een traject voor over parkeren en laden.",
						Rung.RAADPLEGEN, "De gemeente neemt de meningen mee in het nieuwe parkeerbeleid en zegt wat ze ermee doet.",
						LegalBasis.PARTICIPATIEVERORDENING, Eligibility.AREA_RESIDENTS, Set.of(Process.SURVEYS),
						List.of(PhaseKind.SURVEY, PhaseKind.REPORTING), List.of("Vragenlijst", "Verantwoording"), Integer.MIN_VALUE, ""));
	}

}
