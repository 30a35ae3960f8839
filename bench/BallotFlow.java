import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Ballot casting under load, as residents do it: open the round's page, give the letter code, open the ballot
 * and cast it. Each virtual resident repeats these four requests with its own session (cookie and CSRF token
 * read from the answers, as a browser keeps them) and a letter code from the file, from an address of its
 * own per flow (X-Forwarded-For, as behind a load balancer; public addresses, as a proxy's own are skipped). A round whose ballots can be changed takes a
 * repeated code as a changed vote.
 *
 *     java bench/BallotFlow.java BASE PROCESS CODES CONNECTIONS WARMUP SECONDS
 *
 * After WARMUP seconds (for the server and this client's JIT compiler), it measures for SECONDS and prints one
 * line: requests/s p50 p95 p99 (ms, over all requests) failed-flows flows/s cast-p95 cast-p99. Against
 * nginx (a static copy of the pages) the same requests measure the floor: there cookies and tokens may be
 * missing, and a POST answered with the page counts as done.
 */
public class BallotFlow {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

	/** Projects 2 and 3 of the demo round (9,500 and 7,000 euros) fit the budget together. */
	private static final String BALLOT = "project=2&project=3";

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final String process;

	private final List<String> codes;

	private final AtomicInteger nextCode = new AtomicInteger();

	private BallotFlow(String base, String process, List<String> codes) {
		this.base = base;
		this.process = process;
		this.codes = codes;
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 6) {
			System.err.println("Usage: java bench/BallotFlow.java BASE PROCESS CODES CONNECTIONS WARMUP SECONDS");
			System.exit(2);
		}
		List<String> codes = Files.readAllLines(Path.of(args[2])).stream().filter(line -> !line.isBlank()).toList();
		BallotFlow flow = new BallotFlow(args[0], args[1], codes);
		int connections = Integer.parseInt(args[3]);
		long started = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
		long until = started + Duration.ofSeconds(Long.parseLong(args[5])).toNanos();
		List<Recorder> recorders = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < connections; i++) {
			Recorder recorder = new Recorder();
			recorders.add(recorder);
			Thread thread = new Thread(() -> flow.run(recorder, started, until));
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		long failed = 0;
		Latencies all = new Latencies();
		Latencies casts = new Latencies();
		long flows = 0;
		for (Recorder recorder : recorders) {
			all.addAll(recorder.requests);
			casts.addAll(recorder.casts);
			flows += recorder.flows;
			failed += recorder.failed;
		}
		long[] requests = all.sorted();
		long[] cast = casts.sorted();
		System.out.printf("%.1f %.2f %.2f %.2f %d %.1f %.2f %.2f%n", requests.length / seconds, ms(requests, 0.50),
				ms(requests, 0.95), ms(requests, 0.99), failed, flows / seconds, ms(cast, 0.95), ms(cast, 0.99));
	}

	/** Repeats the flow; what starts before {@code measured} warms up and is not counted. */
	private void run(Recorder recorder, long measured, long until) {
		Recorder warmup = new Recorder();
		while (System.nanoTime() < until) {
			Recorder counting = System.nanoTime() >= measured ? recorder : warmup;
			try {
				if (flow(counting)) {
					counting.flows++;
				}
				else {
					counting.failed++;
				}
			}
			catch (IOException | RuntimeException failed) {
				counting.failed++;
			}
			catch (InterruptedException stopped) {
				return;
			}
		}
	}

	/** The four requests of one vote; false when an answer was not the one a browser would go on with. */
	private boolean flow(Recorder recorder) throws IOException, InterruptedException {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String address = "145." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
		String round = "/participatie/" + this.process + "/begroting";
		Session session = new Session(address);

		HttpResponse<String> page = session.send(get(round), recorder);
		if (page.statusCode() != 200) {
			return false;
		}
		String code = this.codes.get(Math.floorMod(this.nextCode.getAndIncrement(), this.codes.size()));
		HttpResponse<String> given = session.send(post(round + "/code", "code=" + encode(code) + session.token(page)), recorder);
		if (given.statusCode() != 302 && given.statusCode() != 200) {
			return false;
		}
		HttpResponse<String> ballot = session.send(get(round + "/stembiljet"), recorder);
		if (ballot.statusCode() != 200) {
			return false;
		}
		long before = System.nanoTime();
		HttpResponse<String> cast = session.send(post(round + "/stembiljet", BALLOT + session.token(ballot)), recorder);
		recorder.casts.add(System.nanoTime() - before);
		return cast.statusCode() == 302 || cast.statusCode() == 200;
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30)).GET();
	}

	private HttpRequest.Builder post(String path, String form) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static double ms(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	/** What a browser keeps between the requests of one vote: its cookies (the session, the CSRF token). */
	private final class Session {

		private final String address;

		private final Map<String, String> cookies = new LinkedHashMap<>();

		Session(String address) {
			this.address = address;
		}

		HttpResponse<String> send(HttpRequest.Builder request, Recorder recorder) throws IOException, InterruptedException {
			request.header("X-Forwarded-For", this.address);
			if (!this.cookies.isEmpty()) {
				request.header("Cookie", this.cookies.entrySet()
					.stream()
					.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
					.collect(Collectors.joining("; ")));
			}
			long before = System.nanoTime();
			HttpResponse<String> response = BallotFlow.this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			recorder.requests.add(System.nanoTime() - before);
			for (String header : response.headers().allValues("Set-Cookie")) {
				Matcher matcher = COOKIE.matcher(header);
				if (matcher.find()) {
					this.cookies.put(matcher.group(1).strip(), matcher.group(2));
				}
			}
			return response;
		}

		/** The page's CSRF token as a form field, or nothing when the page has none. */
		String token(HttpResponse<String> page) {
			Matcher matcher = CSRF.matcher(page.body());
			return Optional.of(matcher).filter(Matcher::find).map(found -> "&_csrf=" + encode(found.group(1))).orElse("");
		}

	}

	/** What one virtual resident measured: each request, each cast, and its votes done and failed. */
	private static final class Recorder {

		final Latencies requests = new Latencies();

		final Latencies casts = new Latencies();

		long flows;

		long failed;

	}

	/** Latencies in nanoseconds, in a growing array. */
	private static final class Latencies {

		long[] values = new long[1024];

		int size;

		void add(long nanos) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = nanos;
		}

		void addAll(Latencies other) {
			for (int i = 0; i < other.size; i++) {
				add(other.values[i]);
			}
		}

		long[] sorted() {
			long[] sorted = Arrays.copyOf(this.values, this.size);
			Arrays.sort(sorted);
			return sorted;
		}

	}

}
