package nl.speelveld.security;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import nl.speelveld.security.AuthorisationMatrix.Outcome;
import nl.speelveld.security.AuthorisationMatrix.Row;
import nl.speelveld.security.AuthorisationMatrix.Who;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockPart;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriUtils;

import static nl.speelveld.security.HostilePayloads.pick;
import static nl.speelveld.security.HostilePayloads.value;

/**
 * Requests made from the valid examples of {@link AuthorisationMatrix}: each example is taken apart into
 * method, path, parameters, body and uploaded files, then put together again with one thing made hostile.
 * New endpoints get their row in the matrix anyway, so they are fuzzed without a change here.
 */
final class HostileRequests {

	/** Who sends the signed-in variant: the least powerful person the row allows. */
	private static final List<Who> ALLOWED_FIRST = List.of(Who.RESIDENT, Who.PROFESSIONAL, Who.COORDINATOR_HERE,
			Who.ADMINISTRATOR, Who.COORDINATOR_ELSEWHERE);

	private static final List<String> EXTRA_NAMES = List.of("x", "id", "lat", "lon", "page", "size", "year", "sort",
			"class.module.classLoader.URLs[0]", "__proto__", "redirect", "next", "lang", "_method", "gebied", "q");

	private static final List<String> ACCEPT_LANGUAGES = List.of("xx;q=abc", "nl-NL;q=2", "*;q=-1", "\u00e9\u00e9",
			"en-US,en;q=0.9,".repeat(500), "zh-Hant-TW-x-private-u-co-pinyin", "");

	private static final List<String> ACCEPTS = List.of("application/xml", "text/csv", "*/*;q=x", "image/png",
			"application/problem+json", "text/html;level=9999999999999", "a/b/c");

	private static final List<String> CONTENT_TYPES = List.of(MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE,
			MediaType.APPLICATION_XML_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE, "multipart/form-data; boundary=",
			MediaType.APPLICATION_FORM_URLENCODED_VALUE + "; charset=ISO-8859-1", "application/json; charset=UTF-7",
			"text/plain; charset=nonsense", "x/y");

	record File(String name, @Nullable String filename, byte[] content, @Nullable String contentType) {
	}

	/** A row's example taken apart; the path keeps its encoded segments. */
	record Sample(Row row, String method, List<String> segments, List<Integer> variables,
			Map<String, List<String>> params, byte[] body, @Nullable String contentType, List<File> files) {

		static Sample of(Row row, MockHttpServletRequestBuilder example) {
			MockHttpServletRequest request = example.postProcessRequest(example.buildRequest(new MockServletContext()));
			List<String> segments = List.of(request.getRequestURI().split("/", -1));
			String[] pattern = row.pattern().split("/", -1);
			List<Integer> variables = new ArrayList<>();
			for (int i = 0; i < pattern.length && i < segments.size(); i++) {
				if (pattern[i].startsWith("{")) {
					variables.add(i);
				}
			}
			Map<String, List<String>> params = new LinkedHashMap<>();
			request.getParameterMap().forEach((name, values) -> params.put(name, List.of(values)));
			byte[] body = request.getContentAsByteArray();
			return new Sample(row, request.getMethod(), segments, List.copyOf(variables), params,
					body == null ? new byte[0] : body, request.getContentType(), files(request));
		}

		private static List<File> files(MockHttpServletRequest request) {
			if (request.getContentType() == null || !request.getContentType().startsWith("multipart/")) {
				return List.of();
			}
			try {
				List<File> files = new ArrayList<>();
				for (Part part : request.getParts()) {
					files.add(new File(part.getName(), part.getSubmittedFileName(), part.getInputStream().readAllBytes(),
							part.getContentType()));
				}
				return List.copyOf(files);
			}
			catch (IOException | ServletException ex) {
				throw new IllegalStateException(ex);
			}
		}

		boolean isJson() {
			return this.contentType != null && this.contentType.contains("json");
		}

		/** The person who is allowed to use the endpoint, or an administrator where nobody is. */
		Who allowed() {
			return ALLOWED_FIRST.stream()
				.filter(who -> this.row.access().get(who) == Outcome.ALLOWED)
				.findFirst()
				.orElse(Who.ADMINISTRATOR);
		}

	}

	/** One generated request: the sample changed in one way, and how, to name in a failure. */
	static final class Case {

		final int index;

		final Sample sample;

		final Who who;

		String mutation = "";

		String target = "";

		String value = "";

		final List<String> segments;

		final Map<String, List<String>> params;

		byte[] body;

		@Nullable String contentType;

		List<File> files;

		final Map<String, String> headers = new LinkedHashMap<>();

		Case(int index, Sample sample, Who who) {
			this.index = index;
			this.sample = sample;
			this.who = who;
			this.segments = new ArrayList<>(sample.segments());
			this.params = new LinkedHashMap<>(sample.params());
			this.body = sample.body();
			this.contentType = sample.contentType();
			this.files = new ArrayList<>(sample.files());
		}

		/** The path; an empty first segment (an extra one after the root) would read as a host, so it is one slash. */
		String path() {
			return String.join("/", this.segments).replaceFirst("^/{2,}", "/");
		}

		boolean isWrite() {
			return !this.sample.method().equals("GET");
		}

		MockHttpServletRequestBuilder build() {
			var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(this.sample.method()), URI.create(path()));
			this.params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
			if (this.contentType != null) {
				request.contentType(this.contentType);
			}
			if (this.body.length > 0) {
				request.content(this.body);
			}
			this.headers.forEach(request::header);
			if (!this.files.isEmpty()) {
				List<File> files = List.copyOf(this.files);
				request.with(built -> {
					files.forEach(file -> {
						MockPart part = new MockPart(file.name(), file.filename(), file.content());
						if (file.contentType() != null) {
							part.getHeaders().setContentType(MediaType.parseMediaType(file.contentType()));
						}
						built.addPart(part);
					});
					return built;
				});
			}
			// Each case from an address of its own, so that the limits per address do not stop the fuzzing.
			int address = this.index + 1;
			request.with(built -> {
				built.setRemoteAddr("10.66." + (address / 250 % 250) + "." + (address % 250 + 1));
				return built;
			});
			return request;
		}

		/** The case in a line: enough to see what was sent, and to send it again. */
		@Override
		public String toString() {
			long size = this.body.length + this.files.stream().mapToLong(file -> file.content().length).sum();
			return "case %d: %s %s as %s; %s of %s = %s%s".formatted(this.index, this.sample.method(), shorten(path()),
					this.who, this.mutation, shorten(this.target), shorten(this.value),
					size > 0 ? " (" + size + " bytes of body)" : "");
		}

	}

	private HostileRequests() {
	}

	/**
	 * Case {@code index} of the run with {@code seed}: the same two numbers always give the same case, so a
	 * failing one can be sent again on its own.
	 */
	static Case generate(long seed, int index, List<Sample> samples) {
		SplittableRandom random = new SplittableRandom(seed ^ (index * 0x9E3779B97F4A7C15L));
		Sample sample = samples.get(index % samples.size());
		int round = index / samples.size();
		Case hostile = new Case(index, sample, round % 2 == 0 ? Who.ANONYMOUS : sample.allowed());
		boolean carriesData = sample.body().length > 0 || !sample.files().isEmpty();
		if (carriesData && (round == 2 || round == 3)) {
			oversizedBody(hostile);
			return hostile;
		}
		List<Runnable> mutations = new ArrayList<>();
		if (!sample.params().isEmpty()) {
			mutations.addAll(Arrays.asList(() -> paramValue(hostile, random), () -> paramValue(hostile, random),
					() -> paramAppended(hostile, random), () -> paramAppended(hostile, random),
					() -> paramMissing(hostile, random), () -> paramDuplicated(hostile, random),
					() -> paramOversized(hostile, random), () -> everyParam(hostile, random)));
		}
		if (!sample.variables().isEmpty()) {
			mutations.addAll(Arrays.asList(() -> pathVariable(hostile, random), () -> pathVariable(hostile, random),
					() -> pathVariable(hostile, random)));
		}
		if (sample.body().length > 0) {
			mutations.addAll(Arrays.asList(() -> body(hostile, random), () -> body(hostile, random),
					() -> body(hostile, random), () -> body(hostile, random), () -> contentType(hostile, random)));
		}
		if (!sample.files().isEmpty()) {
			mutations.addAll(Arrays.asList(() -> fileContent(hostile, random), () -> fileContent(hostile, random),
					() -> fileContent(hostile, random), () -> fileName(hostile, random), () -> fileMissing(hostile, random),
					() -> contentType(hostile, random)));
		}
		mutations.addAll(Arrays.asList(() -> extraParam(hostile, random), () -> header(hostile, random),
				() -> pathExtra(hostile, random)));
		if (sample.params().isEmpty() && sample.variables().isEmpty() && !carriesData) {
			mutations.addAll(Arrays.asList(() -> extraParam(hostile, random), () -> contentType(hostile, random)));
		}
		pick(random, mutations).run();
		return hostile;
	}

	private static void paramValue(Case hostile, SplittableRandom random) {
		String name = pick(random, List.copyOf(hostile.params.keySet()));
		set(hostile, "value", name, value(random));
	}

	/** The valid value with something hostile after it, so that the rest of the form still passes. */
	private static void paramAppended(Case hostile, SplittableRandom random) {
		String name = pick(random, List.copyOf(hostile.params.keySet()));
		String original = hostile.params.get(name).isEmpty() ? "" : hostile.params.get(name).get(0);
		String hostileValue = random.nextBoolean() ? pick(random, HostilePayloads.XSS) : value(random);
		set(hostile, "appended value", name, original + hostileValue);
	}

	private static void paramMissing(Case hostile, SplittableRandom random) {
		String name = pick(random, List.copyOf(hostile.params.keySet()));
		hostile.params.remove(name);
		describe(hostile, "missing parameter", name, "");
	}

	private static void paramDuplicated(Case hostile, SplittableRandom random) {
		String name = pick(random, List.copyOf(hostile.params.keySet()));
		String other = value(random);
		List<String> values = new ArrayList<>(hostile.params.get(name));
		values.add(other);
		if (random.nextBoolean()) {
			values.add(0, other);
		}
		hostile.params.put(name, values);
		describe(hostile, "duplicated parameter", name, other);
	}

	private static void paramOversized(Case hostile, SplittableRandom random) {
		String name = pick(random, List.copyOf(hostile.params.keySet()));
		set(hostile, "oversized value", name, HostilePayloads.oversized(random));
	}

	private static void everyParam(Case hostile, SplittableRandom random) {
		String hostileValue = value(random);
		hostile.params.replaceAll((name, values) -> List.of(hostileValue));
		describe(hostile, "every parameter", "all", hostileValue);
	}

	private static void extraParam(Case hostile, SplittableRandom random) {
		String name = random.nextInt(4) == 0 ? value(random) : pick(random, EXTRA_NAMES);
		String extra = name.equals("lat") || name.equals("lon") ? pick(random, HostilePayloads.COORDINATES)
				: value(random);
		hostile.params.put(name, List.of(extra));
		describe(hostile, "extra parameter", name, extra);
	}

	private static void pathVariable(Case hostile, SplittableRandom random) {
		int position = pick(random, hostile.sample.variables());
		String segment = HostilePayloads.segment(random);
		hostile.segments.set(position, UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8));
		describe(hostile, "path variable", hostile.sample.row().pattern(), segment);
	}

	private static void pathExtra(Case hostile, SplittableRandom random) {
		String segment = random.nextBoolean() ? HostilePayloads.segment(random) : "..;/..%2f%2e%2e";
		hostile.segments.add(random.nextBoolean() ? UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8) : "");
		describe(hostile, "extra path segment", "path", segment);
	}

	private static void header(Case hostile, SplittableRandom random) {
		boolean language = random.nextBoolean();
		String name = language ? "Accept-Language" : "Accept";
		String headerValue = pick(random, language ? ACCEPT_LANGUAGES : ACCEPTS);
		hostile.headers.put(name, headerValue);
		describe(hostile, "header", name, headerValue);
	}

	private static void contentType(Case hostile, SplittableRandom random) {
		String type = pick(random, CONTENT_TYPES);
		hostile.contentType = type;
		if (random.nextBoolean() && hostile.body.length == 0) {
			hostile.body = HostilePayloads.SELF_INTERSECTING.getBytes(StandardCharsets.UTF_8);
		}
		describe(hostile, "content type", "Content-Type", type);
	}

	private static void body(Case hostile, SplittableRandom random) {
		byte[] damaged = hostile.sample.isJson() ? HostilePayloads.damagedJson(random, hostile.body)
				: HostilePayloads.damagedText(random, hostile.body);
		hostile.body = damaged;
		describe(hostile, "damaged body", String.valueOf(hostile.contentType), preview(damaged));
	}

	private static void oversizedBody(Case hostile) {
		if (hostile.files.isEmpty()) {
			hostile.body = HostilePayloads.overLimits(hostile.body);
		}
		else {
			File file = hostile.files.get(0);
			hostile.files.set(0, new File(file.name(), file.filename(), HostilePayloads.overLimits(file.content()),
					file.contentType()));
		}
		describe(hostile, "oversized body", "body", HostilePayloads.OVER_UPLOAD_LIMITS + " bytes");
	}

	private static void fileContent(Case hostile, SplittableRandom random) {
		int at = random.nextInt(hostile.files.size());
		File file = hostile.files.get(at);
		boolean json = file.contentType() != null && file.contentType().contains("json")
				|| file.filename() != null && file.filename().endsWith(".json");
		byte[] damaged = json ? HostilePayloads.damagedJson(random, file.content())
				: HostilePayloads.damagedText(random, file.content());
		hostile.files.set(at, new File(file.name(), file.filename(), damaged, file.contentType()));
		describe(hostile, "damaged file", file.name(), preview(damaged));
	}

	private static void fileName(Case hostile, SplittableRandom random) {
		int at = random.nextInt(hostile.files.size());
		File file = hostile.files.get(at);
		String name = random.nextBoolean() ? pick(random, HostilePayloads.TRAVERSAL) : value(random);
		hostile.files.set(at, new File(file.name(), name, file.content(), file.contentType()));
		describe(hostile, "file name", file.name(), name);
	}

	private static void fileMissing(Case hostile, SplittableRandom random) {
		File file = hostile.files.remove(random.nextInt(hostile.files.size()));
		if (random.nextBoolean()) {
			hostile.files.add(new File("anders", file.filename(), file.content(), file.contentType()));
		}
		describe(hostile, "missing file", file.name(), "");
	}

	private static void set(Case hostile, String mutation, String name, String hostileValue) {
		hostile.params.put(name, List.of(hostileValue));
		describe(hostile, mutation, name, hostileValue);
	}

	private static void describe(Case hostile, String mutation, String target, String hostileValue) {
		hostile.mutation = mutation;
		hostile.target = target;
		hostile.value = hostileValue;
	}

	private static String preview(byte[] content) {
		return new String(content, 0, Math.min(content.length, 200), StandardCharsets.UTF_8);
	}

	/** Printable, and short enough for a failure message: control characters as escapes. */
	static String shorten(String text) {
		StringBuilder shown = new StringBuilder();
		for (char c : text.substring(0, Math.min(text.length(), 160)).toCharArray()) {
			shown.append(c < 0x20 || c == 0x7F || Character.isSurrogate(c) || c == '\uFEFF' || c == '\u202E'
					? String.format("\\u%04X", (int) c) : String.valueOf(c));
		}
		return text.length() > 160 ? shown + "... (" + text.length() + " characters)" : shown.toString();
	}

}
