package nl.speelveld.security;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an attacker or a broken client sends: hostile values for fields and path segments, and ways to
 * damage a document (a CSV or Pabulib file, a JSON body) while keeping most of it intact, so that the damage
 * reaches the parser's deeper branches rather than failing on the first line.
 */
final class HostilePayloads {

	static final String SCRIPT = "<script>alert(1)</script>";

	static final String IMAGE = "\"><img src=x onerror=alert(1)>";

	/** What must never appear unescaped in an HTML page. */
	static final List<String> RENDERED_RAW = List.of("<script>alert", "<img src=x onerror=alert", "<svg onload=alert",
			"<a href=\"javascript:alert");

	/** What must never appear in any response: a stack trace, SQL or the database driver. */
	static final List<String> LEAKS = List.of("Exception", "at nl.", "SQLState", "org.postgresql", "PSQLException",
			"syntax error at or near", "java.lang");

	static final int HUNDRED_KB = 100 * 1024;

	/** Over every upload limit of the application (2 MB for posts, 20 MB for HSDS). */
	static final int OVER_UPLOAD_LIMITS = 21 * 1024 * 1024;

	static final List<String> XSS = List.of(SCRIPT, IMAGE, "javascript:alert(1)", "<svg onload=alert(1)>",
			"'';!--\"<XSS>=&{()}", "<a href=\"javascript:alert(1)\">klik</a>", "</textarea><script>alert(1)</script>",
			"{{7*7}}${7*7}", "@{alert(1)}");

	static final List<String> SQL = List.of("' OR 1=1 --", "'; drop table x; --", "\\", "\\\\", "1; select pg_sleep(0)",
			"' union select null, version() --", "%' or '%'='", "\" or \"\"=\"", "'||(select current_user)||'", "$$",
			"E'\\x00'");

	static final List<String> TRAVERSAL = List.of("../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd",
			"....//....//etc/passwd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "file:///etc/passwd", "..", ".");

	static final List<String> WRONG_TYPES = List.of("abc", "-1", "0", "-2147483649", "2147483648",
			"99999999999999999999999999", "1e309", "-1e309", "NaN", "Infinity", "0x1F", "1.5", "1,5", "12", "2026-02-30",
			"9999-99-99", "00:00:61", "25:99", "[]", "{}", "[\"a\",\"b\"]", "true", "null", "", " ", "undefined",
			"00000000-0000-0000-0000-000000000000", "not-a-uuid", "ZZ9999", "GM9999", "WK99999999", "gm0344", "3511ZZZ");

	static final List<String> CONTROL = List.of("\u0000", "a\u0000b", "\u0007\u001b[31mrood", "\r\nSet-Cookie: x=y",
			"\uD800", "x\uDFFFy", "\uFEFF", "\u202Eevil", "\u0085\u2028\u2029", "e\u0301\u0301\u0301\u0301", "\uD83D\uDE00",
			"\uFFFF\uFFFE", "%00", "%ZZ", "\\u0000");

	static final List<String> AREA_CODES = List.of("GM9999", "XX0000", "gm0344", "GM", "WK", "BU", "GM0344GM0344",
			"WK03440", "BU99999999", "GM-0344", "GM 0344", "0344", "KN0000", "\u0413\u041c0344");

	/** Coordinates that are no place in the Netherlands, or no number. */
	static final List<String> COORDINATES = List.of("91", "-91", "181", "-181", "1e308", "-1e308", "NaN", "Infinity",
			"52.09.1", "52,09", "0", "4.9E-324", "90.0000000000000000000000001");

	/** A polygon whose edges cross (a bow tie), and one with a hundred thousand corners. */
	static final String SELF_INTERSECTING = "{\"type\":\"Polygon\",\"coordinates\":[[[5.1,52.0],[5.2,52.1],[5.2,52.0],"
			+ "[5.1,52.1],[5.1,52.0]]]}";

	private HostilePayloads() {
	}

	static String hugePolygon() {
		StringBuilder json = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
		for (int i = 0; i < 100_000; i++) {
			json.append('[').append(5 + (i % 997) / 1000.0).append(',').append(52 + (i % 991) / 1000.0).append("],");
		}
		return json.append("[5.0,52.0]]]}").toString();
	}

	/** A hostile value of any kind, oversized now and then. */
	static String value(SplittableRandom random) {
		return switch (random.nextInt(12)) {
			case 0, 1 -> pick(random, XSS);
			case 2, 3 -> pick(random, SQL);
			case 4 -> pick(random, TRAVERSAL);
			case 5, 6 -> pick(random, WRONG_TYPES);
			case 7, 8 -> pick(random, CONTROL);
			case 9 -> oversized(random);
			case 10 -> random.nextBoolean() ? SELF_INTERSECTING : pick(random, COORDINATES);
			default -> pick(random, XSS) + pick(random, SQL) + pick(random, CONTROL);
		};
	}

	/** A hostile path segment: no such area or id, or a segment that is not one at all. */
	static String segment(SplittableRandom random) {
		return switch (random.nextInt(8)) {
			case 0, 1 -> pick(random, AREA_CODES);
			case 2 -> new UUID(random.nextLong(), random.nextLong()).toString();
			case 3 -> String.valueOf(random.nextLong());
			case 4 -> "x".repeat(2_000 + random.nextInt(8_000));
			default -> value(random);
		};
	}

	static String oversized(SplittableRandom random) {
		String unit = switch (random.nextInt(4)) {
			case 0 -> "A";
			case 1 -> SCRIPT;
			case 2 -> "\u00EB\uD83D\uDE00";
			default -> "' OR 1=1 -- ";
		};
		return unit.repeat(HUNDRED_KB / unit.length() + 1);
	}

	static <T> T pick(SplittableRandom random, List<T> from) {
		return from.get(random.nextInt(from.size()));
	}

	/** Bytes that are not UTF-8: a lone continuation byte, an overlong NUL, a truncated sequence, a surrogate. */
	static byte[] invalidUtf8(SplittableRandom random) {
		byte[][] sequences = { { (byte) 0x80 }, { (byte) 0xC0, (byte) 0x80 }, { (byte) 0xE2, (byte) 0x82 },
				{ (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xFF, (byte) 0xFE }, { (byte) 0xF8, (byte) 0x88, (byte) 0x80 },
				{ 0 } };
		return sequences[random.nextInt(sequences.length)];
	}

	/** A text document (CSV, Pabulib) damaged in one of many ways, most of it still intact. */
	static byte[] damagedText(SplittableRandom random, byte[] original) {
		String text = new String(original, StandardCharsets.UTF_8);
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		int at = random.nextInt(Math.max(1, lines.size()));
		switch (random.nextInt(14)) {
			case 0 -> lines.set(at, value(random));
			case 1 -> lines.remove(at);
			case 2 -> lines.add(at, lines.get(Math.min(at, lines.size() - 1)));
			case 3 -> lines.set(at, lines.get(at).replaceAll("\\d+", literally(pick(random, WRONG_TYPES))));
			case 4 -> lines.set(at, lines.get(at).replace(";", random.nextBoolean() ? "," : ";;;;"));
			case 5 -> lines.set(at, "\"" + lines.get(at));
			case 6 -> lines.set(at, lines.get(at) + ";x".repeat(10_000));
			case 7 -> {
				return splice(original, random.nextInt(original.length + 1), invalidUtf8(random));
			}
			case 8 -> {
				return java.util.Arrays.copyOf(original, random.nextInt(original.length + 1));
			}
			case 9 -> {
				String line = lines.get(Math.min(lines.size() - 1, Math.max(0, lines.size() - 2)));
				for (int i = 0; i < 20_000; i++) {
					lines.add(line.replaceFirst("^\\d+", String.valueOf(1000 + i)));
				}
			}
			case 10 -> lines.set(at, lines.get(at).replaceAll("[A-Za-z]+", literally(pick(random, XSS))));
			case 11 -> lines.replaceAll(line -> line.toUpperCase(java.util.Locale.ROOT));
			case 12 -> {
				return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16);
			}
			default -> lines.set(at, lines.get(at).replaceAll("[0-9]+", "-" + random.nextInt(1_000_000)));
		}
		return String.join(random.nextInt(5) == 0 ? "\r\n" : "\n", lines).getBytes(StandardCharsets.UTF_8);
	}

	/** A payload put in place of what a pattern found, as it is: a $ or backslash in it refers to no group. */
	private static String literally(String payload) {
		return Matcher.quoteReplacement(payload);
	}

	private static final Pattern JSON_VALUE = Pattern.compile("(\"[^\"]*\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d[\\d.eE+-]*|true|false|null)");

	/** A JSON body damaged: a value of the wrong type or hostile, broken syntax, deep nesting, huge numbers. */
	static byte[] damagedJson(SplittableRandom random, byte[] original) {
		String json = new String(original, StandardCharsets.UTF_8);
		return switch (random.nextInt(12)) {
			case 0 -> ("[".repeat(20_000) + "]".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
			case 1 -> ("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)).getBytes(StandardCharsets.UTF_8);
			case 2 -> java.util.Arrays.copyOf(original, random.nextInt(original.length + 1));
			case 3 -> splice(original, random.nextInt(original.length + 1), invalidUtf8(random));
			case 4 -> "[1, 2, 3]".getBytes(StandardCharsets.UTF_8);
			case 5 -> json.replaceAll("\\}\\s*$", ",\"lat\":" + pick(random, List.of("1e999999", "\"abc\"", "-91", "[]"))
					+ ",\"lon\":181,\"geometry\":" + (random.nextBoolean() ? SELF_INTERSECTING : hugePolygon()) + "}")
				.getBytes(StandardCharsets.UTF_8);
			case 6 -> json.replaceFirst("^\\{", "{\"__proto__\":{\"admin\":true},\"@class\":\"java.lang.Runtime\",")
				.getBytes(StandardCharsets.UTF_8);
			case 7 -> json.replaceFirst("^\\{", literally("{" + duplicateKey(json))).getBytes(StandardCharsets.UTF_8);
			default -> replaceValue(random, json).getBytes(StandardCharsets.UTF_8);
		};
	}

	private static String duplicateKey(String json) {
		Matcher value = JSON_VALUE.matcher(json);
		return value.find() ? value.group(1) + "\"" + SCRIPT.replace("\"", "\\\"") + "\"," : "";
	}

	private static String replaceValue(SplittableRandom random, String json) {
		Matcher matcher = JSON_VALUE.matcher(json);
		List<int[]> values = new ArrayList<>();
		while (matcher.find()) {
			values.add(new int[] { matcher.start(2), matcher.end(2) });
		}
		if (values.isEmpty()) {
			return json + pick(random, XSS);
		}
		int[] chosen = pick(random, values);
		String replacement = switch (random.nextInt(6)) {
			case 0 -> "123456789012345678901234567890e99999";
			case 1 -> "[\"a\",\"b\"]";
			case 2 -> "{\"nested\":{\"deeper\":[null]}}";
			case 3 -> "null";
			default -> quote(value(random));
		};
		return json.substring(0, chosen[0]) + replacement + json.substring(chosen[1]);
	}

	static String quote(String value) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format("\\u%04x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

	static byte[] splice(byte[] original, int at, byte[] inserted) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + inserted.length);
		out.write(original, 0, at);
		out.write(inserted, 0, inserted.length);
		out.write(original, at, original.length - at);
		return out.toByteArray();
	}

	/** A body over every upload limit: the original, repeated, so that it still looks like the right kind. */
	static byte[] overLimits(byte[] original) {
		byte[] unit = original.length == 0 ? new byte[] { 'A' } : original;
		byte[] body = new byte[OVER_UPLOAD_LIMITS];
		for (int i = 0; i < body.length; i += unit.length) {
			System.arraycopy(unit, 0, body, i, Math.min(unit.length, body.length - i));
		}
		return body;
	}

}
