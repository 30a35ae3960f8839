package nl.speelveld.participation.challenges;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes six made-up requests under the uitdaagrecht for a gemeente, one in each stage that matters: a new
 * one, one being assessed, one granted and carried out, one partly granted, one rejected and one evaluated,
 * each with the assessment, the decision and the history its status implies. They have no requester
 * account, like requests whose requester was erased; the contact addresses go nowhere.
 */
@Component
public class DemoChallenges {

	private record Example(String task, TaskDomain domain, String group, String plan, int asked, @Nullable Integer current,
			int people, int organisations, String support, ChallengeStatus status, List<Verdict> verdicts,
			@Nullable String reasons, @Nullable String evaluation) {
	}

	private static final List<Verdict> ALL_MET = List.of(Verdict.MET, Verdict.MET, Verdict.MET, Verdict.MET, Verdict.MET);

	private static final List<Example> EXAMPLES = List.of(
			new Example("Onderhoud van het buurtpark", TaskDomain.GREEN, "Bewonersvereniging Parkzicht",
					"Wij maaien, snoeien en vegen het park zelf, elke week met een vaste ploeg van vrijwilligers. We planten"
							+ " inheemse struiken en bloemen voor bijen en vlinders, en houden twee keer per jaar een parkdag"
							+ " met de buurt. Wat we overhouden gaat naar nieuwe bankjes.",
					38_000, 45_000, 140, 3, "Ruim 140 leden, de speeltuinvereniging, de basisschool en de kinderboerderij.",
					ChallengeStatus.EXECUTING, ALL_MET,
					"De vereniging laat zien dat zij het onderhoud minstens zo goed en goedkoper kan doen, en heeft veel steun in de buurt. De gemeente sluit een overeenkomst voor drie jaar.",
					null),
			new Example("Beheer van het wijkcentrum", TaskDomain.BUILDING, "Sportvereniging De Zwaluwen",
					"Wij openen het wijkcentrum ook op avonden en in het weekend, met sport voor ouderen, huiswerkhulp en een"
							+ " buurtkeuken. Vrijwilligers doen de bar en de sleutels, een beheerder van de club houdt het overzicht.",
					62_000, 70_000, 310, 5, "De club met 300 leden, de ouderenbond, de moskee, het buurtteam en de bibliotheek.",
					ChallengeStatus.ASSESSING, List.of(), null, null),
			new Example("De buurtbus rijden", TaskDomain.TRANSPORT, "Stichting Buurtbus Noord",
					"Wij rijden met vrijwillige chauffeurs een vaste route langs de dorpen, ook naar de huisarts en de markt."
							+ " Op afroep halen we mensen thuis op. Zo kunnen ouderen zonder auto zelf blijven gaan.",
					24_000, 31_000, 55, 2, "55 vrijwillige chauffeurs, de dorpsbelangen en de huisartsenpraktijk.",
					ChallengeStatus.EVALUATED, ALL_MET,
					"De stichting rijdt betrouwbaar en kent de mensen; de kosten zijn lager dan die van de regiotaxi.",
					"In het eerste jaar reden 3.100 ritten, niemand bleef staan. Reizigers geven de bus een 8,6. De gemeente verlengt de afspraak."),
			new Example("Onderhoud van de speelplekken", TaskDomain.YOUTH, "Speeltuinvereniging De Klimboom",
					"Wij controleren elke week de speeltoestellen, doen klein onderhoud en melden groter werk. Ouders en"
							+ " kinderen bedenken samen hoe een speelplek opnieuw wordt ingericht.",
					15_000, 18_000, 80, 1, "80 gezinnen en de school.",
					ChallengeStatus.PARTLY, List.of(Verdict.MET, Verdict.MET, Verdict.MET, Verdict.PARTLY, Verdict.PARTLY),
					"De vereniging mag het wekelijkse toezicht en het kleine onderhoud doen. De wettelijke keuring van de toestellen blijft bij de gemeente, omdat daar een erkende keurmeester voor nodig is.",
					null),
			new Example("Zwerfafval opruimen in de wijk", TaskDomain.GREEN, "Buurtcoöperatie Schoon & Samen",
					"Wij ruimen met een vaste groep drie ochtenden per week zwerfafval op en legen de kleine afvalbakken."
							+ " Mensen met afstand tot werk doen mee en krijgen een vrijwilligersvergoeding.",
					52_000, 40_000, 25, 1, "25 buurtbewoners en een re-integratiebedrijf.",
					ChallengeStatus.REJECTED, List.of(Verdict.PARTLY, Verdict.MET, Verdict.NOT_MET, Verdict.MET, Verdict.NOT_MET),
					"Het plan kost meer dan de gemeente nu aan deze taak uitgeeft, en het is niet zeker dat het werk doorgaat als de vaste groep stopt. De gemeente helpt de coöperatie graag met een kleiner plan.",
					null),
			new Example("Warme maaltijden voor ouderen", TaskDomain.CARE, "Zorgcoöperatie Samen Thuis",
					"Wij koken vijf dagen per week in de buurtkeuken en brengen de maaltijden rond. De bezorgers blijven even"
							+ " voor een praatje en merken het als het met iemand niet goed gaat.",
					28_000, null, 60, 2, "60 vrijwilligers, de wijkverpleging en de kerk.",
					ChallengeStatus.SUBMITTED, List.of(), null, null));

	/**
	 * When each example came in: the new one just over its decision period ago, so that the coordinator's
	 * worklist shows an overdue request.
	 */
	private static final long[] DAYS_AGO = { 400, 60, 700, 200, 150, 75 };

	private final JdbcClient jdbc;

	private final Areas areas;

	private final ChallengeRulesStore rules;

	DemoChallenges(JdbcClient jdbc, Areas areas, ChallengeRulesStore rules) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.rules = rules;
	}

	/** Writes the requests of this gemeente, spread over its wijken, unless it has requests already; how many were written. */
	@Transactional
	public int addTo(AreaCode gemeente) {
		boolean has = this.jdbc.sql("select exists (select 1 from challenge where gemeente = ?)").param(gemeente.value())
			.query(Boolean.class)
			.single();
		List<AreaCode> wijken = this.areas.area(gemeente, null).children().stream().map(AreaSummary::code).toList();
		if (has) {
			return 0;
		}
		ChallengeRules local = this.rules.of(gemeente.value(), Requests.DUTCH);
		LocalDate today = LocalDate.now(ChallengeSteps.AMSTERDAM);
		for (int n = 0; n < EXAMPLES.size(); n++) {
			AreaCode area = wijken.isEmpty() ? gemeente : wijken.get((n * 5) % wijken.size());
			write(EXAMPLES.get(n), area, local, today.minusDays(DAYS_AGO[n]), n);
		}
		return EXAMPLES.size();
	}

	private void write(Example example, AreaCode area, ChallengeRules local, LocalDate submitted, int n) {
		UUID id = UUID.randomUUID();
		LocalDate due = submitted.plusWeeks(local.decisionWeeks());
		boolean decided = example.reasons() != null;
		LocalDate decidedOn = submitted.plusDays(30L + 7L * n);
		ChallengeStatus decision = example.status() == ChallengeStatus.EXECUTING || example.status() == ChallengeStatus.EVALUATED
				? ChallengeStatus.GRANTED : example.status();
		String slug = example.group().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "");
		this.jdbc.sql("""
				insert into challenge (id, status, area_code, gemeente, task, domain, group_name, contact_name, contact_email,
					plan, budget_asked, budget_current, supporters_people, supporters_organisations, support_note, submitted_at,
					decision_due, decision, decision_reasons, decided_at, evaluation, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, 'Secretaris', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())""")
			.params(id, example.status().key(), area.value(), area.gemeente().value(), example.task(), example.domain().key(),
					example.group(), "secretaris@" + slug + ".example.org", example.plan(), example.asked(), example.current(),
					example.people(), example.organisations(), example.support(), at(submitted), Date.valueOf(due),
					decided ? decision.key() : null, example.reasons(), decided ? at(decidedOn) : null, example.evaluation())
			.update();
		for (int i = 0; i < local.criteria().size(); i++) {
			Criterion criterion = local.criteria().get(i);
			List<Verdict> verdicts = example.verdicts();
			Verdict verdict = verdicts.isEmpty() ? null : verdicts.get(Math.min(i, verdicts.size() - 1));
			this.jdbc.sql("""
					insert into challenge_assessment (challenge_id, position, name, explanation, verdict, note)
					values (?, ?, ?, ?, ?, ?)""")
				.params(id, i, criterion.name(), criterion.explanation(), verdict == null ? null : verdict.key(),
						verdict == null ? null : note(verdict))
				.update();
		}
		step(id, "submit", ChallengeStatus.SUBMITTED, Actor.REQUESTER, submitted, null);
		if (example.status() == ChallengeStatus.SUBMITTED) {
			return;
		}
		step(id, "take", ChallengeStatus.ASSESSING, Actor.GEMEENTE, submitted.plusDays(5), null);
		if (!decided) {
			return;
		}
		step(id, "assess", ChallengeStatus.ASSESSED, Actor.GEMEENTE, decidedOn.minusDays(7), null);
		step(id, "decide", decision, Actor.GEMEENTE, decidedOn, example.reasons());
		if (example.status() == ChallengeStatus.EXECUTING || example.status() == ChallengeStatus.EVALUATED) {
			step(id, "start", ChallengeStatus.EXECUTING, Actor.GEMEENTE, decidedOn.plusDays(21), null);
		}
		if (example.evaluation() != null) {
			step(id, "evaluate", ChallengeStatus.EVALUATED, Actor.GEMEENTE, decidedOn.plusDays(200), example.evaluation());
		}
	}

	private static String note(Verdict verdict) {
		return switch (verdict) {
			case MET -> "Ruim voldaan, zo blijkt uit het plan en het gesprek.";
			case PARTLY -> "Voor een deel: het plan zegt nog niet genoeg over dit punt.";
			case NOT_MET -> "Niet voldaan: het plan laat dit niet zien.";
		};
	}

	private void step(UUID id, String kind, ChallengeStatus to, Actor actor, LocalDate on, @Nullable String text) {
		this.jdbc.sql("insert into challenge_step (challenge_id, at, kind, to_status, actor_role, text) values (?, ?, ?, ?, ?, ?)")
			.params(id, at(on), kind, to.key(), actor.key(), text)
			.update();
	}

	private static Timestamp at(LocalDate day) {
		Instant moment = day.atTime(10, 0).atZone(ChallengeSteps.AMSTERDAM).toInstant();
		Instant now = Instant.now();
		return Timestamp.from(moment.isAfter(now) ? now.minus(1, ChronoUnit.HOURS) : moment);
	}

}
