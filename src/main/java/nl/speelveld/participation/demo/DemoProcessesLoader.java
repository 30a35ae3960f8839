package nl.speelveld.participation.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.demo.DemoProcesses.Place;
import nl.speelveld.participation.challenges.DemoChallenges;
import nl.speelveld.participation.meetings.DemoMeetings;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.proposals.DemoProposals;
import nl.speelveld.participation.processes.ProcessStatus;
import nl.speelveld.participation.rounds.DemoRounds;
import nl.speelveld.participation.surveys.DemoSurveys;
import nl.speelveld.shared.DemoLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads demo participation into a database that has none: for the three demo gemeenten, a process in
 * every kind of phase (with surveys and meetings where they use them), a closed one, a draft, and requests
 * under the uitdaagrecht, and two neighbourhood budgets: one voting now, one with its results.
 */
@Component
class DemoProcessesLoader extends DemoLoader {

	static final List<Place> PLACES = List.of(
			new Place(new AreaCode("WK034406"), "de Binnenstad", "Lepelenburgpark", "Nieuwegracht",
					"Gemeente Utrecht, wijkbureau Binnenstad"),
			new Place(new AreaCode("WK0363MF"), "de Indische Buurt", "Flevopark", "Javastraat",
					"Gemeente Amsterdam, stadsdeel Oost"),
			new Place(new AreaCode("WK196612"), "Uithuizen", "Wierdenpark", "Hoofdstraat West",
					"Gemeente Het Hogeland, team Leefomgeving"));

	private static final int SURVEY_RESPONDENTS = 24;

	private static final int DEMO_PROPOSALS = 12;

	private static final Logger log = LoggerFactory.getLogger(DemoProcessesLoader.class);

	private final DemoProcesses demo;

	private final DemoSurveys surveys;

	private final DemoMeetings meetings;

	private final DemoChallenges challenges;

	private final DemoProposals proposals;

	private final DemoRounds rounds;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	DemoProcessesLoader(DemoProcesses demo, DemoProposals proposals, DemoSurveys surveys, DemoMeetings meetings,
			DemoChallenges challenges, DemoRounds rounds,
			JdbcClient jdbc, TransactionTemplate transaction,
			@Value("${speelveld.demo-data.load:true}") boolean enabled, @Value("${speelveld.command:}") String command) {
		// after the demo residents (accounts) and the social map
		super(enabled, command, 30);
		this.demo = demo;
		this.surveys = surveys;
		this.meetings = meetings;
		this.challenges = challenges;
		this.proposals = proposals;
		this.rounds = rounds;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	protected void load() {
		Integer written = this.transaction.execute(status -> {
			// one loader at a time, also when two nodes start together
			this.jdbc.sql("lock table participation_process in share row exclusive mode").update();
			if (this.jdbc.sql("select exists (select 1 from participation_process)").query(Boolean.class).single()) {
				return 0;
			}
			LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
			int count = 0;
			for (Place place : PLACES) {
				List<Process> processes = this.demo.write(place, today);
				processes.forEach(this::fill);
				this.challenges.addTo(place.wijk().gemeente());
				count += processes.size();
			}
			return count;
		});
		if (written != null && written > 0) {
			log.info("Loaded {} demo participation processes", written);
		}
	}

	/** What residents contributed to an open or closed process, by the components it uses. */
	private void fill(Process process) {
		if (process.status() == ProcessStatus.DRAFT) {
			return;
		}
		if (process.uses(Process.PROPOSALS) && process.phases().stream()
			.anyMatch(phase -> phase.kind() == PhaseKind.PROPOSALS && (process.currentPhase() == null || phase.position() <= process.currentPhase()))) {
			this.proposals.addTo(process, DEMO_PROPOSALS);
		}
		if (process.uses(Process.SURVEYS)) {
			this.surveys.addTo(process, SURVEY_RESPONDENTS);
		}
		if (process.uses(Process.MEETINGS)) {
			this.meetings.addTo(process);
		}
		if (process.uses(Process.BUDGETING)) {
			this.rounds.addTo(process);
		}
	}

}
