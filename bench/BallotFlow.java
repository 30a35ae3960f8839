import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ballot casting under load, as residents do it: open the round's page, give the letter code, open the ballot
 * and cast it. Each virtual resident repeats these four requests on a kept-alive connection of its own, with its
 * own session (cookie and CSRF token
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

	private final URI base;

	/** The base address's path, before every request's. */
	private final String path;

	private final String process;

	private final List<String> codes;

	private final AtomicInteger nextCode = new AtomicInteger();

	private BallotFlow(String base, String process, List<String> codes) {
		this.base = URI.create(base);
		this.path = this.base.getPath().replaceAll("/$", "");
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
		try (Connection connection = new Connection(this.base)) {
			while (System.nanoTime() < until) {
				Recorder counting = System.nanoTime() >= measured ? recorder : warmup;
				try {
					if (flow(counting, connection)) {
						counting.flows++;
					}
					else {
						counting.failed++;
					}
				}
				catch (IOException | RuntimeException failed) {
					counting.failed++;
				}
			}
		}
	}

	/** The four requests of one vote; false when an answer was not the one a browser would go on with. */
	private boolean flow(Recorder recorder, Connection connection) throws IOException {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String address = "145." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
		String round = this.path + "/participatie/" + this.process + "/begroting";
		Session session = new Session(address, connection);

		Response page = session.send("GET", round, null, recorder);
		if (page.status() != 200) {
			return false;
		}
		String code = this.codes.get(Math.floorMod(this.nextCode.getAndIncrement(), this.codes.size()));
		Response given = session.send("POST", round + "/code", "code=" + encode(code) + token(page), recorder);
		if (given.status() != 302 && given.status() != 200) {
			return false;
		}
		Response ballot = session.send("GET", round + "/stembiljet", null, recorder);
		if (ballot.status() != 200) {
			return false;
		}
		long before = System.nanoTime();
		Response cast = session.send("POST", round + "/stembiljet", BALLOT + token(ballot), recorder);
		recorder.casts.add(System.nanoTime() - before);
		return cast.status() == 302 || cast.status() == 200;
	}

	/** The page's CSRF token as a form field, or nothing when the page has none. */
	private static String token(Response page) {
		Matcher matcher = CSRF.matcher(page.body());
		return matcher.find() ? "&_csrf=" + encode(matcher.group(1)) : "";
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
	private static final class Session {

		private final String address;

		private final Connection connection;

		private final Map<String, String> cookies = new LinkedHashMap<>();

		Session(String address, Connection connection) {
			this.address = address;
			this.connection = connection;
		}

		Response send(String method, String path, String form, Recorder recorder) throws IOException {
			StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
				.append("X-Forwarded-For: ").append(this.address).append("\r\n");
			if (!this.cookies.isEmpty()) {
				head.append("Cookie: ");
				this.cookies.forEach((name, value) -> head.append(name).append('=').append(value).append("; "));
				head.setLength(head.length() - 2);
				head.append("\r\n");
			}
			if (form != null) {
				head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(form.length())
					.append("\r\n");
			}
			long before = System.nanoTime();
			Response response = this.connection.exchange(head, form);
			recorder.requests.add(System.nanoTime() - before);
			for (String header : response.cookies()) {
				Matcher matcher = COOKIE.matcher(header);
				if (matcher.find()) {
					this.cookies.put(matcher.group(1).strip(), matcher.group(2));
				}
			}
			return response;
		}

	}

	private record Response(int status, List<String> cookies, String body) {
	}

	/**
	 * One kept-alive HTTP/1.1 connection, as wrk keeps them: requests written and answers read on a plain socket,
	 * so that the client takes as little of the machine's two cores from the server as it can. It connects again
	 * when the server closes it (Tomcat does after 100 requests).
	 */
	private static final class Connection implements AutoCloseable {

		private final String host;

		private final int port;

		private Socket socket;

		private InputStream in;

		private OutputStream out;

		Connection(URI base) {
			this.host = base.getHost();
			this.port = base.getPort() < 0 ? 80 : base.getPort();
		}

		Response exchange(StringBuilder head, String body) throws IOException {
			if (this.socket == null) {
				this.socket = new Socket(this.host, this.port);
				this.socket.setTcpNoDelay(true);
				this.socket.setSoTimeout(30_000);
				this.in = new BufferedInputStream(this.socket.getInputStream(), 65_536);
				this.out = new BufferedOutputStream(this.socket.getOutputStream(), 8_192);
			}
			try {
				head.append("Host: ").append(this.host).append(':').append(this.port).append("\r\n\r\n");
				this.out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
				if (body != null) {
					this.out.write(body.getBytes(StandardCharsets.ISO_8859_1));
				}
				this.out.flush();
				return read();
			}
			catch (IOException | RuntimeException failed) {
				close();
				throw failed;
			}
		}

		private Response read() throws IOException {
			String status = line();
			if (status == null || status.length() < 12) {
				throw new IOException("no answer");
			}
			List<String> cookies = new ArrayList<>(2);
			long length = -1;
			boolean chunked = false;
			boolean closes = false;
			for (String header = line(); header != null && !header.isEmpty(); header = line()) {
				int colon = header.indexOf(':');
				String name = header.substring(0, colon).trim();
				String value = header.substring(colon + 1).trim();
				if (name.equalsIgnoreCase("Set-Cookie")) {
					cookies.add(value);
				}
				else if (name.equalsIgnoreCase("Content-Length")) {
					length = Long.parseLong(value);
				}
				else if (name.equalsIgnoreCase("Transfer-Encoding")) {
					chunked = value.equalsIgnoreCase("chunked");
				}
				else if (name.equalsIgnoreCase("Connection")) {
					closes = value.equalsIgnoreCase("close");
				}
			}
			ByteArrayOutputStream body = new ByteArrayOutputStream(chunked ? 16_384 : (int) Math.max(0, length));
			if (chunked) {
				for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
						size = Long.parseLong(line().split(";")[0].trim(), 16)) {
					copy(size, body);
					line();
				}
				while (!line().isEmpty()) {
					// trailers
				}
			}
			else if (length > 0) {
				copy(length, body);
			}
			if (closes) {
				close();
			}
			return new Response(Integer.parseInt(status.substring(9, 12)), cookies,
					body.toString(StandardCharsets.ISO_8859_1));
		}

		private void copy(long length, ByteArrayOutputStream body) throws IOException {
			byte[] buffer = new byte[8_192];
			for (long left = length; left > 0;) {
				int read = this.in.read(buffer, 0, (int) Math.min(buffer.length, left));
				if (read < 0) {
					throw new EOFException();
				}
				body.write(buffer, 0, read);
				left -= read;
			}
		}

		/** A header line without its CRLF; null at the end of the stream. */
		private String line() throws IOException {
			StringBuilder line = new StringBuilder(64);
			for (int c = this.in.read(); c != '\n'; c = this.in.read()) {
				if (c < 0) {
					return line.isEmpty() ? null : line.toString();
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

		@Override
		public void close() {
			if (this.socket != null) {
				try {
					this.socket.close();
				}
				catch (IOException ignored) {
					// closing a connection that failed
				}
				this.socket = null;
			}
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
