package nl.speelveld.initiatives.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import nl.speelveld.areas.Areas;
import nl.speelveld.initiatives.InitiativeStatus;
import nl.speelveld.shared.Apportion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Residents' initiatives for benchmarks: spread over every gemeente and wijk of 2024 in proportion to their
 * inhabitants, in every status, with titles from a small vocabulary, written with {@code COPY}. The same
 * count, seed, areas and moment give the same rows. Their initiator names end in {@code (synthetisch)}, so
 * that a new run replaces what an earlier one wrote and nothing else.
 */
@Component
class SyntheticInitiatives {

	static final int YEAR = 2024;

	static final String SYNTHETIC_MARK = " (synthetisch)";

	/** How many in a hundred are for a whole gemeente rather than one wijk. */
	private static final int GEMEENTE_WIDE_PERCENT = 4;

	private static final double METRES_PER_DEGREE = 111_320;

	private static final int CHUNK = 1 << 20;

	/** How common each status is: many ideas, fewer at every later step, some declined or stopped. */
	private static final double[] STATUS_WEIGHTS = { 24, 8, 6, 10, 8, 6, 18, 16, 4 };

	private final Areas areas;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	SyntheticInitiatives(Areas areas, DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions) {
		this.areas = areas;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	Country country() {
		return Country.read(this.areas, YEAR);
	}

	/** Replaces the synthetic initiatives with {@code count} new ones; returns how many and where. */
	int replace(Country country, int count, long seed, Instant now) {
		var places = country.places().stream().filter(place -> place.label() != null).toList();
		long[] weights = new long[places.size()];
		for (int p = 0; p < weights.length; p++) {
			var place = places.get(p);
			// A gemeente's own share: a few in a hundred of its inhabitants' initiatives are for all of it.
			weights[p] = place.code().startsWith("GM") ? place.inhabitants() * GEMEENTE_WIDE_PERCENT / 100
					: place.inhabitants();
		}
		int[] perPlace = Apportion.byLargestRemainder(count, weights);
		this.transactions.executeWithoutResult(status -> {
			this.jdbc.sql("delete from initiative where initiator_name like ?").param("%" + SYNTHETIC_MARK).update();
			Connection connection = DataSourceUtils.getConnection(this.dataSource);
			try {
				write(connection, places, perPlace, seed, now);
			}
			catch (SQLException failure) {
				throw new IllegalStateException("Could not write the initiatives: " + failure.getMessage(), failure);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, this.dataSource);
			}
		});
		// After a bulk load: statistics for the planner, and a visibility map so that the list's page can be
		// chosen from the index alone.
		this.jdbc.sql("vacuum analyze initiative").update();
		return Arrays.stream(perPlace).sum();
	}

	/** The places (assets) already on the map: the social map's places, and activities and gifts once they exist. */
	long assets() {
		long assets = 0;
		for (String table : List.of("smap_place", "smap_activity", "smap_gift")) {
			Boolean exists = this.jdbc.sql("select to_regclass(?) is not null").param(table).query(Boolean.class).single();
			if (Boolean.TRUE.equals(exists)) {
				assets += this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
			}
		}
		return assets;
	}

	private static void write(Connection connection, List<Country.Place> places, int[] perPlace, long seed, Instant now)
			throws SQLException {
		CopyIn copy = connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy initiative (id, status, title, summary, initiator_name, area_code, gemeente, lat, lon, goal,"
					+ " support_needed, supporters, answer_due, created_at, updated_at) from stdin");
		var random = new Random(seed);
		var buffer = new ByteArrayOutputStream(CHUNK + 4096);
		InitiativeStatus[] statuses = InitiativeStatus.values();
		double statusTotal = Arrays.stream(STATUS_WEIGHTS).sum();
		int serial = 0;
		for (int p = 0; p < places.size(); p++) {
			var place = places.get(p);
			for (int i = 0; i < perPlace[p]; i++) {
				var idea = Vocabulary.IDEAS.get(random.nextInt(Vocabulary.IDEAS.size()));
				InitiativeStatus status = statuses[pick(random, STATUS_WEIGHTS, statusTotal)];
				String title = idea.titles().get(random.nextInt(idea.titles().size())).formatted(place.name());
				String street = Vocabulary.STREETS.get(random.nextInt(Vocabulary.STREETS.size()));
				String group = Vocabulary.GROUPS.get(random.nextInt(Vocabulary.GROUPS.size())).formatted(street)
						+ SYNTHETIC_MARK;
				List<String> support = idea.support().stream().filter(kind -> random.nextInt(4) > 0).toList();
				double[] point = near(place, random);
				// Changed within the past two years; the later the status, the longer ago it began.
				Instant updated = now.minus(random.nextInt(730 * 24 * 60), ChronoUnit.MINUTES);
				Instant created = updated.minus(Duration.ofDays(status.ordinal() * 20L + random.nextInt(30)));
				String answerDue = InitiativeStatus.AWAITING_ANSWER.contains(status)
						? updated.plus(Duration.ofDays(42)).toString().substring(0, 10) : null;
				int supporters = status == InitiativeStatus.IDEA ? random.nextInt(8) : 5 + random.nextInt(120);
				UUID id = UUID.nameUUIDFromBytes(("speelveld-synthetic-initiative/" + seed + "/" + serial++)
					.getBytes(StandardCharsets.UTF_8));
				String row = String.join("\t", id.toString(), status.key(), escape(title),
						idea.summary() + "\\n" + idea.goal(), escape(group), place.code(), place.gemeente(),
						String.valueOf(point[0]), String.valueOf(point[1]), idea.goal(), array(support),
						String.valueOf(supporters), answerDue == null ? "\\N" : answerDue, created.toString(),
						updated.toString()) + "\n";
				byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
				buffer.write(bytes, 0, bytes.length);
				if (buffer.size() >= CHUNK) {
					copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
					buffer.reset();
				}
			}
		}
		if (buffer.size() > 0) {
			copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
		}
		copy.endCopy();
	}

	/** A point near the place's label, at most a few hundred metres away, rounded to about ten centimetres. */
	private static double[] near(Country.Place place, Random random) {
		var label = place.label();
		double radius = Math.max(50, Math.min(600, 0.25 * Math.sqrt(place.landHectares() * 10_000)));
		double distance = radius * Math.sqrt(random.nextDouble());
		double angle = 2 * Math.PI * random.nextDouble();
		double lat = label.lat() + distance * Math.cos(angle) / METRES_PER_DEGREE;
		double lon = label.lon()
				+ distance * Math.sin(angle) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(label.lat())));
		return new double[] { Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6 };
	}

	/** COPY text format: backslash, tab and line ends would end a value or a row. */
	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	private static String array(List<String> values) {
		return "{" + String.join(",", values) + "}";
	}

	private static int pick(Random random, double[] weights, double total) {
		double point = random.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			point -= weights[i];
			if (point < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

}
