package nl.speelveld.participation.proposals;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import nl.speelveld.accounts.DemoResidents;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaLookup;
import nl.speelveld.areas.Areas;
import nl.speelveld.participation.processes.Process;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes demo proposals into a process: varied Dutch proposals by demo residents (accounts at example.org
 * that nobody can sign in as), placed inside the process's area, supported by some of their neighbours,
 * and about a quarter of them answered by the owner with reasons. The same process gets the same proposals.
 */
@Component
public class DemoProposals {

	/** Demo residents who write and support; more than any proposal has supporters. */
	private static final int NEIGHBOURS = 24;

	private static final double METRES_PER_DEGREE = 111_320;

	private final JdbcClient jdbc;

	private final Areas areas;

	private final DemoResidents residents;

	DemoProposals(JdbcClient jdbc, Areas areas, DemoResidents residents) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.residents = residents;
	}

	/** Adds {@code count} visible proposals to the process, with supporters and some outcomes. */
	@Transactional
	public void addTo(Process process, int count) {
		Random random = new Random(process.id().getMostSignificantBits() ^ count);
		List<UserId> neighbours = new ArrayList<>();
		for (int i = 1; i <= NEIGHBOURS; i++) {
			neighbours.add(this.residents.resident("buur" + i + "@example.org",
					ProposalTexts.NAMES.get(i % ProposalTexts.NAMES.size())));
		}
		Area area = this.areas.area(process.area(), null);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		for (int n = 0; n < count; n++) {
			ProposalTexts.Idea idea = ProposalTexts.idea(random);
			UserId author = neighbours.get(random.nextInt(neighbours.size()));
			String name = random.nextInt(5) == 0 ? "Anoniem" : ProposalTexts.any(random, ProposalTexts.NAMES);
			double[] point = random.nextInt(6) == 0 ? null : inside(area, random);
			Instant created = now.minus(random.nextInt(30 * 24 * 60), ChronoUnit.MINUTES);
			UUID id = UUID.randomUUID();
			this.jdbc.sql("""
					insert into participation_proposal (id, process_id, author_id, author_name, title, body, area_code, lat, lon,
						created_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, process.id(), author.value(), name, idea.title(), idea.body(),
						point == null ? null : area(point), point == null ? null : point[0], point == null ? null : point[1],
						Timestamp.from(created), Timestamp.from(created))
				.update();
			int supporters = random.nextInt(Math.min(NEIGHBOURS, 3 + random.nextInt(NEIGHBOURS)));
			int added = 0;
			for (UserId neighbour : neighbours) {
				if (added < supporters && !neighbour.equals(author) && random.nextInt(2) == 0) {
					this.jdbc.sql("insert into participation_proposal_supporter (proposal_id, account_id) values (?, ?)")
						.params(id, neighbour.value())
						.update();
					added++;
				}
			}
			Outcome outcome = random.nextInt(4) == 0 ? Outcome.values()[random.nextInt(Outcome.values().length)] : null;
			this.jdbc.sql("""
					update participation_proposal set supporters = ?, outcome = ?, outcome_reason = ?, council_decision = ?,
						answered_at = ?
					where id = ?""")
				.params(added, outcome == null ? null : outcome.key(),
						outcome == null ? null : ProposalTexts.reason(random, outcome),
						outcome == Outcome.COUNCIL ? "Raadsbesluit " + (2024 + random.nextInt(2)) + "-" + (10 + random.nextInt(90))
								: null,
						outcome == null ? null : Timestamp.from(created.plus(random.nextInt(14) + 1, ChronoUnit.DAYS)), id)
				.update();
		}
	}

	/** A point a little way from the area's label point that lies inside the area; the label point itself after ten tries. */
	private double @Nullable [] inside(Area area, Random random) {
		Area.Position label = area.label();
		if (label == null) {
			return null;
		}
		for (int attempt = 0; attempt < 10; attempt++) {
			double distance = 800 * Math.sqrt(random.nextDouble());
			double angle = 2 * Math.PI * random.nextDouble();
			double lat = label.lat() + distance * Math.cos(angle) / METRES_PER_DEGREE;
			double lon = label.lon() + distance * Math.sin(angle) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(label.lat())));
			double[] point = { Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6 };
			try {
				if (this.areas.lookup(point[0], point[1], area.year()).liesIn(area.code())) {
					return point;
				}
			}
			catch (RuntimeException outsideEveryArea) {
				// try another point
			}
		}
		return new double[] { label.lat(), label.lon() };
	}

	private @Nullable String area(double[] point) {
		try {
			AreaLookup found = this.areas.lookup(point[0], point[1], null);
			return found.finest().code().value();
		}
		catch (RuntimeException outsideEveryArea) {
			return null;
		}
	}

}
