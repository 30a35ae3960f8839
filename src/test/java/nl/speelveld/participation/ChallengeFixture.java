package nl.speelveld.participation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.challenges.ChallengeForm;
import nl.speelveld.participation.challenges.ChallengeStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Requests under the uitdaagrecht put straight into any status, for tests of the steps and the pages; and
 * a complete, valid form. A request made here has two criteria, assessed once its status is past assessment.
 */
@Component
public class ChallengeFixture {

	public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	/** The Binnenstad of Utrecht, where the authorisation matrix's people work. */
	public static final AreaCode BINNENSTAD = new AreaCode("WK034406");

	private final JdbcClient jdbc;

	ChallengeFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A complete request for the area given as a postcode or code. */
	public static ChallengeForm form(String gebied, String task, String group) {
		return new ChallengeForm(gebied, task, "green", group,
				"Wij maaien en snoeien het park zelf, elke week met vaste vrijwilligers uit de buurt.", "12.500", "15000",
				"40", "2", "De bewonersvereniging en de basisschool.", "Contactpersoon Test", "contact@voorbeeld.nl",
				"06 1234 5678");
	}

	/** A request in the Binnenstad of Utrecht in {@code status}, asked by {@code requester} (may be none). */
	public UUID inUtrecht(ChallengeStatus status, @Nullable UUID requester) {
		return put(BINNENSTAD, status, requester, "Onderhoud park " + UUID.randomUUID().toString().substring(0, 8),
				LocalDate.now(AMSTERDAM), null);
	}

	/**
	 * A request in {@code area} in {@code status}, submitted on {@code submitted} (due ten weeks later) and,
	 * when {@code decidedOn} is given, decided that day as its status says (granted for execution and evaluation).
	 */
	public UUID put(AreaCode area, ChallengeStatus status, @Nullable UUID requester, String task, LocalDate submitted,
			@Nullable LocalDate decidedOn) {
		UUID id = UUID.randomUUID();
		ChallengeStatus decision = switch (status) {
			case GRANTED, EXECUTING, EVALUATED -> ChallengeStatus.GRANTED;
			case PARTLY -> ChallengeStatus.PARTLY;
			case REJECTED -> ChallengeStatus.REJECTED;
			default -> null;
		};
		boolean decided = decision != null;
		LocalDate on = decidedOn != null ? decidedOn : submitted;
		this.jdbc.sql("""
				insert into challenge (id, status, area_code, gemeente, task, domain, group_name, requester_id, contact_name,
					contact_email, plan, budget_asked, budget_current, supporters_people, supporters_organisations, submitted_at,
					decision_due, decision, decision_reasons, decided_at)
				values (?, ?, ?, ?, ?, 'green', 'Bewonersvereniging Test', ?, 'Contactpersoon Test', 'contact@voorbeeld.nl',
					'Wij doen het onderhoud zelf, elke week.', 10000, 12000, 30, 1, ?, ?, ?, ?, ?)""")
			.params(id, status.key(), area.value(), area.gemeente().value(), task, requester, at(submitted),
					Date.valueOf(submitted.plusWeeks(10)), decided ? decision.key() : null,
					decided ? "Goed plan met veel steun in de buurt." : null, decided ? at(on) : null)
			.update();
		boolean assessed = status != ChallengeStatus.SUBMITTED && status != ChallengeStatus.ASSESSING
				&& status != ChallengeStatus.WITHDRAWN;
		for (int i = 0; i < 2; i++) {
			this.jdbc.sql("""
					insert into challenge_assessment (challenge_id, position, name, explanation, verdict, note)
					values (?, ?, ?, 'Uitleg van het criterium.', ?, ?)""")
				.params(id, i, List.of("Draagvlak in de buurt", "Kosten niet hoger dan nu").get(i),
						assessed ? (i == 0 ? "met" : "partly") : null, assessed ? "Toelichting." : null)
				.update();
		}
		this.jdbc.sql("insert into challenge_step (challenge_id, kind, to_status, actor_role, actor_id) values (?, 'submit', 'submitted', 'requester', ?)")
			.params(id, requester)
			.update();
		return id;
	}

	public ChallengeStatus status(UUID id) {
		return ChallengeStatus.fromKey(this.jdbc.sql("select status from challenge where id = ?").param(id).query(String.class).single())
			.orElseThrow();
	}

	private static Timestamp at(LocalDate day) {
		Instant moment = day.atTime(12, 0).atZone(AMSTERDAM).toInstant();
		return Timestamp.from(moment.isAfter(Instant.now()) ? Instant.now() : moment);
	}

}
