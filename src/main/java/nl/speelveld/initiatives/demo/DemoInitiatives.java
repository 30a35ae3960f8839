package nl.speelveld.initiatives.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.speelveld.accounts.DemoResidents;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.initiatives.InitiativeStatus;
import nl.speelveld.initiatives.demo.DemoIdeas.Idea;
import nl.speelveld.initiatives.lifecycle.AnswerReminders;
import nl.speelveld.socialmap.CoveringPost;
import nl.speelveld.socialmap.SocialMap;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the demo initiatives of one gemeente: two in every status, spread over its wijken, each with the
 * history, supporters, guide, decision, news and outcome that its status implies.
 */
@Component
class DemoInitiatives {

	private static final List<String> GROUPS = List.of("Bewoners van de Zwaluwstraat", "Buurtgroep Het Plein",
			"De Groene Hoek", "Bewonerscommissie De Linde", "Werkgroep Samen", "Vrienden van het Park");

	private final JdbcClient jdbc;

	private final Areas areas;

	private final SocialMap socialMap;

	private final DemoResidents residents;

	DemoInitiatives(JdbcClient jdbc, Areas areas, SocialMap socialMap, DemoResidents residents) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.socialMap = socialMap;
		this.residents = residents;
	}

	int write(AreaCode gemeente, LocalDate today) {
		List<Area> wijken = this.areas.area(gemeente, null)
			.children()
			.stream()
			.map(AreaSummary::code)
			.map(code -> this.areas.area(code, null))
			.filter(wijk -> wijk.label() != null)
			.toList();
		if (wijken.isEmpty()) {
			return 0;
		}
		int written = 0;
		for (InitiativeStatus status : InitiativeStatus.values()) {
			for (int copy = 0; copy < 2; copy++) {
				int n = status.ordinal() * 2 + copy;
				Idea idea = DemoIdeas.ALL.get((n + gemeente.value().hashCode() % 5 + 5) % DemoIdeas.ALL.size());
				write(gemeente, wijken.get((n * 7) % wijken.size()), status, idea, n, today);
				written++;
			}
		}
		return written;
	}

	private void write(AreaCode gemeente, Area wijk, InitiativeStatus status, Idea idea, int n, LocalDate today) {
		UUID id = UUID.randomUUID();
		UserId initiator = resident(gemeente, 100 + n);
		LocalDate created = today.minusDays(12L + 12L * status.ordinal() + n);
		int at = status.ordinal();
		boolean submitted = status != InitiativeStatus.IDEA && (status != InitiativeStatus.STOPPED || n % 2 == 1);
		boolean taken = at >= InitiativeStatus.INTAKE.ordinal() && status != InitiativeStatus.STOPPED;
		CoveringPost guide = taken ? guide(wijk.code()) : null;
		Integer granted = at >= InitiativeStatus.SUPPORTED.ordinal() && status != InitiativeStatus.DECLINED
				&& status != InitiativeStatus.STOPPED ? idea.amounts().stream().mapToInt(Integer::intValue).sum() : null;
		this.jdbc.sql("""
				insert into initiative (id, status, title, summary, initiator_name, initiator_id, area_code, gemeente, lat, lon,
					starts_on, goal, activities, support_needed, taken_post, taken_by, granted_amount, outcome,
					evaluation_liveability, evaluation_cohesion, participants, stop_reason, answer_due, created_at, updated_at)
				values (:id, :status, :title, :summary, :group, :initiator, :area, :gemeente, :lat, :lon, :starts, :goal,
					:activities, :support, :post, :guide, :granted, :outcome, :liveability, :cohesion, :participants, :stop,
					:due, :created, :updated)""")
			.param("id", id)
			.param("status", status.key())
			.param("title", idea.title() + " in " + wijk.name().replaceFirst("^Wijk \\d+ ", ""))
			.param("summary", idea.summary())
			.param("group", GROUPS.get(n % GROUPS.size()))
			.param("initiator", initiator.value())
			.param("area", wijk.code().value())
			.param("gemeente", gemeente.value())
			.param("lat", wijk.label().lat())
			.param("lon", wijk.label().lon())
			.param("starts", Date.valueOf(created.plusWeeks(12)))
			.param("goal", idea.goal())
			.param("activities", idea.activities())
			.param("support", idea.support().toArray(String[]::new))
			.param("post", guide == null ? null : guide.post().id())
			.param("guide", guide == null ? null : guide.post().owner())
			.param("granted", granted)
			.param("outcome", status == InitiativeStatus.DONE ? "Het liep goed: meer buren deden mee dan we dachten." : null)
			.param("liveability", status == InitiativeStatus.DONE ? "De plek ziet er verzorgd uit en wordt veel gebruikt." : null)
			.param("cohesion", status == InitiativeStatus.DONE ? "Buren groeten elkaar en helpen elkaar nu vaker." : null)
			.param("participants", status == InitiativeStatus.DONE ? 20 + n : null)
			.param("stop", status == InitiativeStatus.STOPPED ? "De trekkers zijn verhuisd; niemand kon het overnemen." : null)
			.param("due", submitted ? Date.valueOf(created.plusDays(21)) : null)
			.param("created", timestamp(created))
			.param("updated", timestamp(created.plusDays(at + 1L)))
			.update();
		budget(id, idea);
		history(id, status, created, submitted, taken, n);
		supporters(id, gemeente, 3 + n % 6);
		if (status == InitiativeStatus.RUNNING || status == InitiativeStatus.DONE) {
			this.jdbc.sql("insert into initiative_update (id, initiative_id, at, author_role, text) values (?, ?, ?, 'initiator', ?)")
				.params(UUID.randomUUID(), id, timestamp(created.plusDays(30)),
						"We zijn begonnen! De eerste keer kwamen er " + (8 + n) + " buren.")
				.update();
		}
	}

	private void budget(UUID id, Idea idea) {
		for (int i = 0; i < idea.lines().size(); i++) {
			this.jdbc.sql("insert into initiative_budget_line (initiative_id, position, description, amount) values (?, ?, ?, ?)")
				.params(id, i, idea.lines().get(i), idea.amounts().get(i))
				.update();
		}
	}

	/** The steps that brought the initiative where it is, in order. */
	private void history(UUID id, InitiativeStatus status, LocalDate created, boolean submitted, boolean taken, int n) {
		step(id, created, "create", null, InitiativeStatus.IDEA, "initiator", null);
		if (submitted) {
			step(id, created.plusDays(5), "submit", InitiativeStatus.IDEA, InitiativeStatus.SUBMITTED, "initiator", null);
		}
		if (taken) {
			step(id, created.plusDays(8), "take-in", InitiativeStatus.SUBMITTED, InitiativeStatus.INTAKE, "professional",
					"Leuk plan! Ik kom graag kennismaken.");
		}
		int at = status.ordinal();
		if (taken && at >= InitiativeStatus.PLAN.ordinal()) {
			step(id, created.plusDays(12), "to-plan", InitiativeStatus.INTAKE, InitiativeStatus.PLAN, "guide", null);
		}
		if (status == InitiativeStatus.DECLINED) {
			step(id, created.plusDays(19), "decline", InitiativeStatus.PLAN, InitiativeStatus.DECLINED, "coordinator",
					"Op deze plek komt volgend jaar nieuwe bebouwing; we zoeken samen een andere plek.");
		}
		if (at >= InitiativeStatus.SUPPORTED.ordinal() && status != InitiativeStatus.DECLINED
				&& status != InitiativeStatus.STOPPED) {
			step(id, created.plusDays(19), "grant", InitiativeStatus.PLAN, InitiativeStatus.SUPPORTED, "coordinator",
					"Past bij de buurtagenda: meer groen en ontmoeting.");
		}
		if (at >= InitiativeStatus.RUNNING.ordinal() && status != InitiativeStatus.STOPPED) {
			step(id, created.plusDays(25), "start", InitiativeStatus.SUPPORTED, InitiativeStatus.RUNNING, "initiator", null);
		}
		if (status == InitiativeStatus.DONE) {
			step(id, created.plusDays(70), "complete", InitiativeStatus.RUNNING, InitiativeStatus.DONE, "initiator", null);
		}
		if (status == InitiativeStatus.STOPPED) {
			step(id, created.plusDays(9), "stop", submitted ? InitiativeStatus.SUBMITTED : InitiativeStatus.IDEA,
					InitiativeStatus.STOPPED, "initiator", "De trekkers zijn verhuisd; niemand kon het overnemen.");
		}
	}

	private void step(UUID id, LocalDate day, String kind, @Nullable InitiativeStatus from, InitiativeStatus to,
			String actor, @Nullable String text) {
		this.jdbc.sql("""
				insert into initiative_step (initiative_id, at, kind, from_status, to_status, actor_role, text)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, timestamp(day), kind, from == null ? null : from.key(), to.key(), actor, text)
			.update();
	}

	private void supporters(UUID id, AreaCode gemeente, int count) {
		for (int r = 0; r < count; r++) {
			this.jdbc.sql("insert into initiative_supporter (initiative_id, user_id, show_name) values (?, ?, ?)")
				.params(id, resident(gemeente, r).value(), r % 3 == 0)
				.update();
		}
		this.jdbc.sql("update initiative set supporters = ? where id = ?").params(count, id).update();
	}

	private @Nullable CoveringPost guide(AreaCode wijk) {
		return this.socialMap.postsReaching(wijk, AnswerReminders.INTAKE_ROLES).stream().findFirst().orElse(null);
	}

	private UserId resident(AreaCode gemeente, int number) {
		return this.residents.resident(
				"demo-bewoner-" + gemeente.value().toLowerCase(Locale.ROOT) + "-" + number + "@example.org",
				"Buurtbewoner " + (number + 1));
	}

	private static Timestamp timestamp(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toInstant().plus(10, ChronoUnit.HOURS));
	}

}
