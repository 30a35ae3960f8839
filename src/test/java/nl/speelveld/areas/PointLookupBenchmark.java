package nl.speelveld.areas;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import nl.speelveld.SpeelveldApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Point lookups per second: our in-memory index ({@link AreaIndex#covering}, one thread) against one PostGIS
 * spatial join with {@code ST_Covers} per round, on the same boundaries and the same points in the same
 * database. Prints the medians over the rounds side by side and checks that both sides found the same
 * (point, area) pairs; exits with 1 when they did not. {@code bench/point-lookup.sh} prepares the database
 * and runs it; its arguments are the number of points (default 100,000) and of rounds (default 7).
 */
public final class PointLookupBenchmark {

	private static final long SEED = 4_326;

	/** Passes over every workload before measuring: enough for the JIT to settle, a second or so. */
	private static final int WARM_UP_ROUNDS = 10;

	private record Workload(String name, int year, List<AreaLevel> levels) {
	}

	private record Result(Workload workload, double ours, double postgis, Coverage ourCoverage,
			Coverage postgisCoverage) {

		boolean agrees() {
			return this.ourCoverage.agreesWith(this.postgisCoverage);
		}

	}

	private static final List<Workload> WORKLOADS = List.of(
			new Workload("2024 gemeenten+wijken", 2024, List.of(AreaLevel.GEMEENTE, AreaLevel.WIJK)),
			new Workload("2014 buurten", 2014, List.of(AreaLevel.BUURT)));

	private PointLookupBenchmark() {
	}

	public static void main(String[] args) throws SQLException {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		Points points = Points.uniform(new Random(SEED), count);
		List<Result> results = new ArrayList<>();
		String versions;
		System.out.println("Starting Speelveld; an empty database first gets the bundled areas ...");
		try (var context = new SpringApplicationBuilder(SpeelveldApplication.class).web(WebApplicationType.NONE)
			.profiles("bench")
			.run(); var postgis = PostgisAreas.open(context.getBean(DataSource.class))) {
			AreaIndex index = context.getBean(AreaIndexHolder.class).index();
			versions = postgis.versions();
			postgis.load(points);
			// Every workload before measuring any: the JIT then compiles the lookups for all of them alike.
			for (int round = 0; round < WARM_UP_ROUNDS; round++) {
				WORKLOADS.forEach(workload -> lookUp(index, workload, points));
			}
			for (Workload workload : WORKLOADS) {
				double ours = medianRate(count, rounds, 0, () -> lookUp(index, workload, points));
				double theirs = medianRate(count, rounds, 1, () -> postgis.covering(workload.year(), workload.levels()));
				results.add(new Result(workload, ours, theirs, ourCoverage(lookUp(index, workload, points), workload, points),
						postgis.covering(workload.year(), workload.levels())));
			}
		}
		print(results, points, rounds, versions);
		if (!results.stream().allMatch(Result::agrees)) {
			System.exit(1);
		}
	}

	/** One pass over all points, each level of the workload in turn; the answers are kept so none is skipped. */
	private static List<?>[] lookUp(AreaIndex index, Workload workload, Points points) {
		int levels = workload.levels().size();
		List<?>[] hits = new List<?>[points.size() * levels];
		for (int point = 0; point < points.size(); point++) {
			for (int level = 0; level < levels; level++) {
				hits[point * levels + level] = index.covering(points.lat(point), points.lon(point), workload.year(),
						workload.levels().get(level));
			}
		}
		return hits;
	}

	private static Coverage ourCoverage(List<?>[] hits, Workload workload, Points points) {
		var coverage = new Coverage();
		int levels = workload.levels().size();
		for (int i = 0; i < hits.length; i++) {
			for (Object area : hits[i]) {
				coverage.add(i / levels, ((AreaSummary) area).code().value());
			}
		}
		return coverage;
	}

	private interface Round {

		Object run() throws SQLException;

	}

	/** Points per second, the median of the measured rounds; the first rounds only warm up. */
	private static double medianRate(int points, int rounds, int warmUps, Round round) throws SQLException {
		for (int i = 0; i < warmUps; i++) {
			round.run();
		}
		double[] rates = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			long started = System.nanoTime();
			round.run();
			rates[i] = points / ((System.nanoTime() - started) / 1e9);
		}
		Arrays.sort(rates);
		return rounds % 2 == 1 ? rates[rounds / 2] : (rates[rounds / 2 - 1] + rates[rounds / 2]) / 2;
	}

	private static void print(List<Result> results, Points points, int rounds, String versions) {
		System.out.printf("%nPoint lookups, %,d random points in lon %s-%s, lat %s-%s; medians of %d rounds%n",
				points.size(), Points.MIN_LON, Points.MAX_LON, Points.MIN_LAT, Points.MAX_LAT, rounds);
		System.out.printf("ours: AreaIndex.covering per point and level, one thread, Java %s%n",
				Runtime.version());
		System.out.printf("PostGIS: one ST_Covers join per round over GiST-indexed temporary tables, %s%n%n",
				versions);
		String row = "%-24s %9s %17s %20s %14s%n";
		System.out.printf(row, "workload", "points", "ours (points/s)", "PostGIS (points/s)", "ours/PostGIS");
		for (Result result : results) {
			System.out.printf(row, result.workload().name(), String.format("%,d", points.size()),
					String.format("%,.0f", result.ours()), String.format("%,.0f", result.postgis()),
					String.format("%.1fx", result.ours() / result.postgis()));
		}
		System.out.println();
		for (Result result : results) {
			if (!result.agrees()) {
				System.out.println("agreement: DIFFERENT for " + result.workload().name() + "\n"
						+ result.ourCoverage().differences("ours", result.postgisCoverage(), "PostGIS", points, 20));
			}
		}
		if (results.stream().allMatch(Result::agrees)) {
			List<String> pairs = results.stream()
				.map(result -> String.format("%s: %,d pairs", result.workload().name(), result.ourCoverage().size()))
				.toList();
			System.out.printf("agreement: identical on %,d points (%s)%n", points.size(), String.join(", ", pairs));
		}
	}

}
