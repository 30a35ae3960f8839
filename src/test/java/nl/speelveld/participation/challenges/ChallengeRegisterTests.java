package nl.speelveld.participation.challenges;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ChallengeFixture;
import nl.speelveld.shared.Complaints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static nl.speelveld.initiatives.InitiativeCast.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The public side of the uitdaagrecht and what stays private: the register with its filters, the requester's
 * name and contact details never on a public page, the yearly report's figures (recomputed here from the
 * rows), the criteria per gemeente, the personal data, and the demo requests.
 */
@SpeelveldTest
class ChallengeRegisterTests {

	/** Zeewolde: no other test writes requests or rules there, so the yearly report's figures are exact. */
	private static final AreaCode ZEEWOLDE = new AreaCode("GM0050");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	Requests requests;

	@Autowired
	ChallengeStore store;

	@Autowired
	ChallengeFixture fixture;

	@Autowired
	ChallengeCriteria criteria;

	@Autowired
	YearReports reports;

	@Autowired
	ChallengePersonalData personalData;

	@Autowired
	DemoChallenges demo;

	@Autowired
	JdbcClient jdbc;

	private ChallengePeople people;

	@BeforeEach
	void groningen() {
		this.people = ChallengePeople.make(this.accounts);
	}

	@Test
	void theRequestersNameAndContactDetailsAreNeverOnAPublicPage() {
		String task = "Onderhoud Noorderplantsoen " + UUID.randomUUID().toString().substring(0, 6);
		UUID id = as(this.people.requester(), () -> this.requests.submit(ChallengeFixture.form("9713", task, "Vrienden van het Plantsoen"))).id();
		as(this.people.coordinator(), () -> this.steps().take(id));
		for (String page : List.of("/uitdaagrecht/" + id, "/uitdaagrecht?gemeente=GM0014", "/gebied/WK001404/uitdaagrecht",
				"/gebied/GM0014/uitdaagrecht")) {
			assertThat(this.mvc.get().uri(page)).as(page)
				.hasStatusOk()
				.bodyText()
				.contains(task, "Vrienden van het Plantsoen")
				.doesNotContain(this.people.requesterName(), this.people.requesterEmail(), "contact@voorbeeld.nl",
						"Contactpersoon Test", "06 1234 5678");
		}
		assertThat(this.mvc.get().uri("/uitdaagrecht/" + id).with(user(this.people.neighbour().toString())))
			.bodyText()
			.doesNotContain("contact@voorbeeld.nl", this.people.requesterName());
		assertThat(this.mvc.get().uri("/uitdaagrecht/" + id).with(user(this.people.coordinator().toString())))
			.bodyText()
			.contains("contact@voorbeeld.nl", "Contactpersoon Test", "Opgepakt door de gemeente.", "Ingediend door de aanvragers.")
			.doesNotContain(this.people.requesterName());
		assertThat(this.mvc.get().uri("/uitdaagrecht/" + id).with(user(this.people.requester().toString())))
			.bodyText()
			.contains("contact@voorbeeld.nl", "Uitdaging intrekken");
	}

	@Test
	void theRegisterShowsTheAssessmentAndTheDecisionWithItsReasonsAndFilters() {
		String task = "Speeltuin De Wilg " + UUID.randomUUID().toString().substring(0, 6);
		UUID id = this.fixture.put(ChallengePeople.OOSTERPARK, ChallengeStatus.REJECTED, null, task,
				LocalDate.now(ChallengeSteps.AMSTERDAM), null);
		assertThat(this.mvc.get().uri("/uitdaagrecht").param("gemeente", "GM0014").param("status", "rejected"))
			.hasStatusOk()
			.bodyText()
			.contains(task, "Afgewezen", "Beoordeling: 1 criteria voldaan, 1 deels, 0 niet.",
					"Goed plan met veel steun in de buurt.");
		assertThat(this.mvc.get().uri("/uitdaagrecht").param("gemeente", "GM0014").param("status", "granted"))
			.bodyText()
			.doesNotContain(task);
		assertThat(this.mvc.get().uri("/uitdaagrecht").param("jaar", "1999").param("status", "onzin").param("pagina", "x"))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/gebied/WK034406/uitdaagrecht")).bodyText().doesNotContain(task);
		assertThat(this.mvc.get().uri("/gebied/XX12/uitdaagrecht")).hasStatus(404);
		assertThat(this.mvc.get().uri("/uitdaagrecht/{id}", UUID.randomUUID())).hasStatus(404);
		assertThat(this.mvc.get().uri("/uitdaagrecht/{id}?lang=en", id)).bodyText().contains("Rejected", "Assessment per criterion");
	}

	@Test
	void theYearlyReportsFiguresAreThoseOfItsRequests() {
		UserId coordinator = zeewoldeCoordinator();
		AreaCode wijk = new AreaCode("WK005000");
		int year = LocalDate.now(ChallengeSteps.AMSTERDAM).getYear();
		LocalDate january = LocalDate.of(year, 1, 10);
		this.fixture.put(wijk, ChallengeStatus.EXECUTING, null, "Park", january, january.plusDays(30));
		this.fixture.put(wijk, ChallengeStatus.PARTLY, null, "Buurthuis", january, january.plusDays(80));
		this.fixture.put(wijk, ChallengeStatus.REJECTED, null, "Bus", january, january.plusDays(10));
		this.fixture.put(wijk, ChallengeStatus.SUBMITTED, null, "Maaltijden", january, null);
		this.fixture.put(wijk, ChallengeStatus.WITHDRAWN, null, "Zwerfafval", january, null);
		this.fixture.put(wijk, ChallengeStatus.GRANTED, null, "Vorig jaar", LocalDate.of(year - 1, 12, 30), LocalDate.of(year, 1, 5));

		YearReport report = as(coordinator, () -> this.reports.of(ZEEWOLDE, year));

		// The same figures, counted straight from the table
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select status, decision, (decided_at at time zone 'Europe/Amsterdam')::date - (submitted_at at time zone 'Europe/Amsterdam')::date as days,
					(decided_at at time zone 'Europe/Amsterdam')::date > decision_due as late,
					decided_at is null and status in ('submitted', 'assessing', 'assessed') and decision_due < current_date as overdue
				from challenge where gemeente = 'GM0050' and extract(year from submitted_at at time zone 'Europe/Amsterdam') = ?""")
			.param(year)
			.query()
			.listOfRows();
		assertThat(report.lines()).hasSize(rows.size()).hasSize(5);
		for (ChallengeStatus status : ChallengeStatus.values()) {
			assertThat(report.perStatus().get(status)).as(status.key())
				.isEqualTo((int) rows.stream().filter(row -> status.key().equals(row.get("status"))).count());
		}
		for (ChallengeStatus decision : ChallengeStatus.DECISIONS) {
			assertThat(report.perDecision().get(decision)).as(decision.key())
				.isEqualTo((int) rows.stream().filter(row -> decision.key().equals(row.get("decision"))).count());
		}
		double average = rows.stream().filter(row -> row.get("days") != null).mapToInt(row -> ((Number) row.get("days")).intValue())
			.average().orElseThrow();
		assertThat(report.averageDaysToDecision()).isEqualTo(Math.round(average * 10) / 10.0).isEqualTo(40.0);
		assertThat(report.decidedLate()).isEqualTo((int) rows.stream().filter(row -> Boolean.TRUE.equals(row.get("late"))).count()).isEqualTo(1);
		assertThat(report.overdueNow()).isEqualTo((int) rows.stream().filter(row -> Boolean.TRUE.equals(row.get("overdue"))).count());
		assertThat(report.perDomain().get(TaskDomain.GREEN)).containsExactly(5, 2);

		var csv = this.mvc.get().uri("/beheer/uitdaagrecht/jaarverslag.csv").param("gemeente", "GM0050")
			.param("jaar", String.valueOf(year)).with(user(coordinator.toString())).exchange();
		assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("uitdaagrecht-GM0050-" + year + ".csv");
		byte[] bytes = csv.getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines).contains("onderdeel;waarde;aantal", "gemeente;Zeewolde (GM0050);", "aanvragen;;5",
				"status;Ingediend;1", "status;In uitvoering;1", "besluit;Toegekend;1", "besluit;Deels toegekend;1",
				"besluit;Afgewezen;1", "taakgebied;Groen en openbare ruimte;5", "taakgebied_toegekend;Groen en openbare ruimte;2",
				"gemiddeld_dagen_tot_besluit;;40,0", "besluit_te_laat;;1");
		int header = lines.indexOf(lines.stream().filter(line -> line.startsWith("ingediend_op;")).findFirst().orElseThrow());
		assertThat(lines.get(header - 1)).isEmpty();
		assertThat(lines.subList(header + 1, lines.size())).hasSize(5).allSatisfy(line -> assertThat(line.split(";", -1)).hasSize(17));

		assertThat(this.mvc.get().uri("/beheer/uitdaagrecht/jaarverslag").param("gemeente", "GM0050")
			.param("jaar", String.valueOf(year)).with(user(coordinator.toString())))
			.hasStatusOk()
			.bodyText()
			.contains("Uitdaagrecht in Zeewolde, " + year, "40 dagen", "Buurthuis");
		assertThat(this.mvc.get().uri("/beheer/uitdaagrecht/jaarverslag.csv").param("gemeente", "GM0050")
			.with(user(this.people.coordinator().toString())))
			.hasStatus(403);
		assertThatThrownBy(() -> as(this.people.coordinator(), () -> this.reports.of(ZEEWOLDE, year)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aGemeentesCoordinatorSetsItsCriteriaAndNewRequestsTakeThemAlong() {
		UserId coordinator = zeewoldeCoordinator();
		assertThat(this.criteria.of(ZEEWOLDE, Locale.forLanguageTag("nl")).standard()).isTrue();
		var form = new ChallengeCriteria.RulesForm("8", "Artikel 7 van de participatieverordening regelt het uitdaagrecht.",
				List.of("Draagvlak in de buurt", "", "Duurzaam"), List.of("Minstens vijftig bewoners steunen het.", "",
						"Het plan is goed voor het klimaat."));
		assertThatThrownBy(() -> as(this.people.coordinator(), () -> this.criteria.save(ZEEWOLDE, form)))
			.isInstanceOf(AccessDeniedException.class);
		Complaints bad = as(coordinator, () -> this.criteria.save(ZEEWOLDE,
				new ChallengeCriteria.RulesForm("99", "", List.of("X"), List.of("Te kort"))));
		assertThat(bad.all()).containsKeys("decisionWeeks", "name-0");
		assertThat(as(coordinator, () -> this.criteria.save(ZEEWOLDE, form)).all()).isEmpty();

		ChallengeRules rules = this.criteria.of(ZEEWOLDE, Locale.forLanguageTag("nl"));
		assertThat(rules.standard()).isFalse();
		assertThat(rules.decisionWeeks()).isEqualTo(8);
		assertThat(rules.criteria()).extracting(Criterion::name).containsExactly("Draagvlak in de buurt", "Duurzaam");
		assertThat(this.jdbc.sql("select count(*) from acc_audit where action = 'challenge-rules.set' and subject_id = 'GM0050'")
			.query(Integer.class).single()).isPositive();

		UUID id = as(this.people.requester(), () -> this.requests.submit(ChallengeFixture.form("3891", "Strand schoonhouden", "Strandvrienden"))).id();
		assertThat(this.store.assessment(id)).extracting(AssessmentLine::name).containsExactly("Draagvlak in de buurt", "Duurzaam");
		assertThat(this.store.get(id).decisionDue()).isEqualTo(LocalDate.now(ChallengeSteps.AMSTERDAM).plusWeeks(8));
		assertThat(this.mvc.get().uri("/beheer/uitdaagrecht/criteria").param("gemeente", "GM0050").with(user(coordinator.toString())))
			.hasStatusOk()
			.bodyText()
			.contains("Artikel 7 van de participatieverordening", "Duurzaam");
	}

	@Test
	void erasureUnlinksTheRequesterAndKeepsTheRequestInTheRegister() {
		String task = "Wadlopen begeleiden " + UUID.randomUUID().toString().substring(0, 6);
		UUID id = as(this.people.requester(), () -> this.requests.submit(ChallengeFixture.form("9713", task, "Wadgroep"))).id();
		var download = this.personalData.export(this.people.requester());
		assertThat(download).anySatisfy(row -> assertThat(row).containsEntry("table", "challenge").containsEntry("id", id)
			.containsEntry("contact_email", "contact@voorbeeld.nl"));
		assertThat(download).anySatisfy(row -> assertThat(row).containsEntry("table", "challenge_step"));

		this.personalData.erase(this.people.requester());

		Challenge erased = this.store.get(id);
		assertThat(erased.requesterId()).isNull();
		assertThat(erased.contact().email()).isNull();
		assertThat(erased.contact().name()).isNull();
		assertThat(this.personalData.export(this.people.requester())).isEmpty();
		assertThat(this.mvc.get().uri("/uitdaagrecht").param("gemeente", "GM0014")).bodyText().contains(task, "Wadgroep");
		assertThat(this.mvc.get().uri("/uitdaagrecht/" + id).with(user(this.people.coordinator().toString())))
			.bodyText()
			.contains("De contactgegevens zijn verwijderd");
	}

	@Test
	void theDemoWritesSixRequestsInDifferentStagesOnce() {
		AreaCode assen = new AreaCode("GM0106");
		assertThat(this.demo.addTo(assen)).isEqualTo(6);
		assertThat(this.demo.addTo(assen)).isZero();
		List<String> statuses = this.jdbc.sql("select status from challenge where gemeente = 'GM0106'").query(String.class).list();
		assertThat(statuses).hasSize(6).doesNotHaveDuplicates();
		assertThat(this.mvc.get().uri("/uitdaagrecht").param("gemeente", "GM0106"))
			.bodyText()
			.contains("Bewonersvereniging Parkzicht", "Stichting Buurtbus Noord", "Sportvereniging De Zwaluwen");
	}

	private UserId zeewoldeCoordinator() {
		UUID municipality = this.accounts.organisation("Gemeente Zeewolde " + UUID.randomUUID(), OrganisationType.GEMEENTE, "GM0050");
		return this.accounts.coordinator(AccountsFixture.email("coordinator-zeewolde"), municipality, ZEEWOLDE);
	}

	@Autowired
	ChallengeSteps challengeSteps;

	private ChallengeSteps steps() {
		return this.challengeSteps;
	}

}
