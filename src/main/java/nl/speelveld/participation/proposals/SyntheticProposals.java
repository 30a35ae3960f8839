package nl.speelveld.participation.proposals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.Areas;
import nl.speelveld.participation.processes.Eligibility;
import nl.speelveld.participation.processes.LegalBasis;
import nl.speelveld.participation.processes.Phase;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Premoderation;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessDraft;
import nl.speelveld.participation.processes.ProcessStore;
import nl.speelveld.participation.processes.Rung;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One open process in a wijk full of proposals, for benchmarks: written with {@code COPY}, spread over two
 * months, with a long tail of supporters and a fifth of them answered. The process's title marks it, so
 * that a new run replaces what an earlier one wrote and nothing else.
 */
@Component
class SyntheticProposals {

	static final String TITLE = "Synthetisch traject: voorstellen voor de wijk";

	/** Groningen's Centrum: a wijk with a boundary, postcodes and room for thousands of dots. */
	static final AreaCode WIJK = new AreaCode("WK001400");

	private static final int CHUNK = 1 << 20;

	private static final int SPOTS = 400;

	private final ProcessStore processes;

	private final Areas areas;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	SyntheticProposals(ProcessStore processes, Areas areas, DataSource dataSource, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.processes = processes;
		this.areas = areas;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	boolean hasArea() {
		return this.areas.summary(WIJK).isPresent();
	}

	/** Replaces the synthetic process with a new one holding {@code count} proposals; returns it. */
	Process replace(int count, long seed) {
		Area area = this.areas.area(WIJK, null);
		List<double[]> spots = spots(area, new Random(seed));
		UUID id = UUID.nameUUIDFromBytes(("speelveld-synthetic-process/" + seed).getBytes(StandardCharsets.UTF_8));
		this.transactions.executeWithoutResult(status -> {
			LocalDate today = LocalDate.now();
			this.processes.replaceOpen(new ProcessDraft(WIJK, TITLE, "Wat kan er beter in de wijk?",
					"Een traject met veel voorstellen, om te meten hoe snel de pagina's zijn.",
					Rung.ADVISEREN, "De gemeente neemt de voorstellen mee in het wijkplan.", LegalBasis.PARTICIPATIEVERORDENING,
					"Gemeente, team Wijken", Eligibility.SIGNED_IN, Premoderation.NONE,
					new LinkedHashSet<>(List.of(Process.PROPOSALS)),
					List.of(new Phase(0, PhaseKind.PROPOSALS, "Voorstellen indienen", "", today.minusDays(60), today.plusDays(30)))),
					id);
			Connection connection = DataSourceUtils.getConnection(this.dataSource);
			try {
				write(connection, id, spots, count, seed);
			}
			catch (SQLException failure) {
				throw new IllegalStateException("Could not write the proposals: " + failure.getMessage(), failure);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, this.dataSource);
			}
		});
		this.jdbc.sql("vacuum analyze participation_proposal").update();
		return this.processes.get(id);
	}

	/** Points inside the wijk, found once: every proposal takes one with a little jitter. */
	private List<double[]> spots(Area area, Random random) {
		List<double[]> spots = new ArrayList<>();
		Area.BoundingBox box = area.bounds();
		if (box == null) {
			return spots;
		}
		for (int attempt = 0; attempt < SPOTS * 20 && spots.size() < SPOTS; attempt++) {
			double lat = box.minLat() + random.nextDouble() * (box.maxLat() - box.minLat());
			double lon = box.minLon() + random.nextDouble() * (box.maxLon() - box.minLon());
			try {
				if (this.areas.lookup(lat, lon, area.year()).liesIn(area.code())) {
					spots.add(new double[] { lat, lon });
				}
			}
			catch (RuntimeException outsideEveryArea) {
				// try another point
			}
		}
		return spots;
	}

	private static void write(Connection connection, UUID process, List<double[]> spots, int count, long seed)
			throws SQLException {
		CopyIn copy = connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy participation_proposal (id, process_id, author_id, author_name, title, body, area_code, lat, lon,"
					+ " supporters, outcome, outcome_reason, council_decision, answered_at, created_at, updated_at) from stdin");
		Random random = new Random(seed);
		ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK + 4096);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		for (int n = 0; n < count; n++) {
			ProposalTexts.Idea idea = ProposalTexts.idea(random);
			double[] spot = spots.isEmpty() || random.nextInt(8) == 0 ? null : spots.get(random.nextInt(spots.size()));
			// A long tail: most proposals have a few supporters, some have hundreds.
			int supporters = (int) Math.min(2000, Math.floor(-Math.log(1 - random.nextDouble()) * 12 * (1 + random.nextInt(4))));
			Outcome outcome = random.nextInt(5) == 0 ? Outcome.values()[random.nextInt(Outcome.values().length)] : null;
			Instant created = now.minus(random.nextInt(60 * 24 * 60), ChronoUnit.MINUTES);
			UUID id = UUID.nameUUIDFromBytes(("speelveld-synthetic-proposal/" + seed + "/" + n).getBytes(StandardCharsets.UTF_8));
			String row = String.join("\t", id.toString(), process.toString(), "\\N",
					escape(ProposalTexts.any(random, ProposalTexts.NAMES)), escape(idea.title()), escape(idea.body()),
					spot == null ? "\\N" : WIJK.value(),
					spot == null ? "\\N" : String.valueOf(Math.round((spot[0] + jitter(random)) * 1e6) / 1e6),
					spot == null ? "\\N" : String.valueOf(Math.round((spot[1] + jitter(random)) * 1e6) / 1e6),
					String.valueOf(supporters), outcome == null ? "\\N" : outcome.key(),
					outcome == null ? "\\N" : escape(ProposalTexts.reason(random, outcome)),
					outcome == Outcome.COUNCIL ? "Raadsbesluit 2025-" + (10 + random.nextInt(90)) : "\\N",
					outcome == null ? "\\N" : created.plus(3, ChronoUnit.DAYS).toString(), created.toString(),
					created.toString()) + "\n";
			byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
			buffer.write(bytes, 0, bytes.length);
			if (buffer.size() >= CHUNK) {
				copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
				buffer.reset();
			}
		}
		if (buffer.size() > 0) {
			copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
		}
		copy.endCopy();
	}

	/** About twenty metres either way. */
	private static double jitter(Random random) {
		return (random.nextDouble() - 0.5) * 0.0004;
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

}
