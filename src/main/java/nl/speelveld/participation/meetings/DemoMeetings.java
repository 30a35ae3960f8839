package nl.speelveld.participation.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import nl.speelveld.accounts.DemoResidents;
import nl.speelveld.participation.processes.Process;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings for the demo: an evening in the buurthuis three weeks ago with its report, and an upcoming one
 * with places left and a few demo residents registered.
 */
@Component
public class DemoMeetings {

	private final MeetingStore store;

	private final DemoResidents residents;

	DemoMeetings(MeetingStore store, DemoResidents residents) {
		this.store = store;
		this.residents = residents;
	}

	@Transactional
	public void addTo(Process process) {
		LocalDate past = LocalDate.now().minusWeeks(3);
		UUID held = meeting(process, "Buurtavond: wat vinden we van onze buurt?",
				"Welkom en uitleg.\nIn groepjes praten over verkeer, groen en ontmoeten.\nWat nemen we mee?", past, 40);
		for (int i = 1; i <= 6; i++) {
			this.store.register(held, resident(i));
		}
		this.store.report(held, """
				Er kwamen 23 bewoners. De meesten maken zich zorgen over hard rijden in de woonstraten en over \
				parkeren bij de school. Veel mensen zijn blij met het park, maar willen meer bankjes en betere \
				verlichting. Afgesproken: de gemeente bekijkt snelheidsremmende maatregelen en komt in de volgende \
				fase terug met een voorstel.""");
		UUID coming = meeting(process, "Inloopavond: de plannen voor de buurt",
				"Bekijk de eerste plannen op kaarten.\nPraat met de wijkregisseur en de verkeerskundige.", LocalDate.now().plusWeeks(2), 30);
		for (int i = 7; i <= 10; i++) {
			this.store.register(coming, resident(i));
		}
	}

	private UUID meeting(Process process, String title, String agenda, LocalDate day, int capacity) {
		UUID id = UUID.randomUUID();
		this.store.add(new Meeting(id, process.id(), title, agenda, "Buurthuis De Schakel", "Dorpsstraat 12",
				null, day.atTime(LocalTime.of(19, 30)).atZone(MeetingPlanning.AMSTERDAM).toInstant(),
				day.atTime(LocalTime.of(21, 30)).atZone(MeetingPlanning.AMSTERDAM).toInstant(), capacity, 0, null, null),
				null);
		return id;
	}

	private UUID resident(int i) {
		return this.residents.resident("bijeenkomst-" + i + "@example.org", "Buurtbewoner " + i).value();
	}

}
