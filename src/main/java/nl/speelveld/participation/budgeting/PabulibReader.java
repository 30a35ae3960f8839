package nl.speelveld.participation.budgeting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads the Pabulib {@code .pb} format: sections META, PROJECTS and VOTES, each a header line and rows of
 * semicolon-separated fields, quoted with double quotes where a field holds a semicolon or a quote (doubled
 * inside). It takes what the published files vary in: CRLF or LF line ends (mixed in one file, as Oost 335), a
 * byte order mark, blank lines, section names in any case, extra columns, spaces around ids in a vote, and a
 * vote that names a project twice (one ballot of Oost 604 does; it is kept as written and counted once).
 * Anything else stops it with a {@link MalformedPabulib} naming the line.
 */
public final class PabulibReader {

	private static final Set<String> SECTIONS = Set.of("META", "PROJECTS", "VOTES");

	private static final Set<String> TYPED_PROJECT_COLUMNS = Set.of("project_id", "cost", "name", "category", "votes",
			"selected");

	private PabulibReader() {
	}

	public static Election read(String text) {
		return read(new StringReader(text));
	}

	public static Election read(Reader source) {
		try {
			return new PabulibReader.Run().read(new BufferedReader(source));
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/** One reading: the state while going through the lines. */
	private static final class Run {

		private final Map<String, String> meta = new LinkedHashMap<>();

		private final List<Project> projects = new ArrayList<>();

		private final Map<String, Integer> projectIndex = new HashMap<>();

		private final List<String> voterIds = new ArrayList<>();

		private final Set<String> seenVoters = new HashSet<>();

		private int[] offsets = new int[1024];

		private int[] marks = new int[4096];

		private int @Nullable [] points;

		private int markCount;

		private final Set<String> seenSections = new HashSet<>();

		Election read(BufferedReader lines) throws IOException {
			String section = null;
			List<String> header = null;
			int number = 0;
			String line;
			while ((line = lines.readLine()) != null) {
				number++;
				if (number == 1 && line.startsWith("\uFEFF")) {
					line = line.substring(1);
				}
				if (line.isBlank()) {
					continue;
				}
				String name = line.trim().toUpperCase(Locale.ROOT);
				if (SECTIONS.contains(name)) {
					if (!this.seenSections.add(name)) {
						throw new MalformedPabulib(number, "budgeting.pb.section-twice", name);
					}
					section = name;
					header = null;
					continue;
				}
				if (section == null) {
					throw new MalformedPabulib(number, "budgeting.pb.no-section");
				}
				List<String> fields = split(line, number);
				if (header == null) {
					header = header(fields, section, number);
					continue;
				}
				if (fields.size() != header.size()) {
					throw new MalformedPabulib(number, "budgeting.pb.columns", fields.size(), header.size());
				}
				switch (section) {
					case "META" -> meta(fields, number);
					case "PROJECTS" -> project(header, fields, number);
					default -> vote(header, fields, number);
				}
			}
			for (String needed : List.of("META", "PROJECTS", "VOTES")) {
				if (!this.seenSections.contains(needed)) {
					throw new MalformedPabulib(number, "budgeting.pb.missing-section", needed);
				}
			}
			if (!this.meta.containsKey("budget")) {
				throw new MalformedPabulib(0, "budgeting.pb.missing-meta", "budget");
			}
			int voters = this.voterIds.size();
			int[] ends = new int[voters + 1];
			System.arraycopy(this.offsets, 0, ends, 0, voters);
			ends[voters] = this.markCount;
			int[] projectMarks = java.util.Arrays.copyOf(this.marks, this.markCount);
			int[] projectPoints = this.points == null ? null : java.util.Arrays.copyOf(this.points, this.markCount);
			return new Election(new ElectionMeta(this.meta), this.projects,
					new Ballots(this.voterIds.toArray(String[]::new), ends, projectMarks, projectPoints));
		}

		private List<String> header(List<String> fields, String section, int number) {
			List<String> header = fields.stream().map(field -> field.trim().toLowerCase(Locale.ROOT)).toList();
			List<String> needed = switch (section) {
				case "META" -> List.of();
				case "PROJECTS" -> List.of("project_id", "cost");
				default -> List.of("voter_id", "vote");
			};
			for (String column : needed) {
				if (!header.contains(column)) {
					throw new MalformedPabulib(number, "budgeting.pb.missing-column", column);
				}
			}
			if (new HashSet<>(header).size() != header.size()) {
				throw new MalformedPabulib(number, "budgeting.pb.duplicate-column");
			}
			return header;
		}

		private void meta(List<String> fields, int number) {
			if (fields.size() != 2) {
				throw new MalformedPabulib(number, "budgeting.pb.columns", fields.size(), 2);
			}
			String key = fields.get(0).trim();
			String value = fields.get(1).trim();
			switch (key) {
				case "budget" -> number(value, "budget", number);
				case "vote_type" -> {
					if (VoteType.parse(value) == null) {
						throw new MalformedPabulib(number, "budgeting.pb.vote-type", value);
					}
				}
				case "leftover_budget" -> {
					if (LeftoverPolicy.parse(value) == null) {
						throw new MalformedPabulib(number, "budgeting.pb.leftover", value);
					}
				}
				case "budget_per_category", "max_sum_cost_per_category", "budget_per_neighborhood" -> {
					for (String amount : value.split(",")) {
						number(amount, key, number);
					}
				}
				case "min_length", "max_length" -> {
					if (!value.isEmpty() && !value.matches("\\d{1,9}")) {
						throw new MalformedPabulib(number, "budgeting.pb.number", key, value);
					}
				}
				default -> {
				}
			}
			this.meta.put(key, value);
		}

		private void project(List<String> header, List<String> fields, int number) {
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i), fields.get(i).trim());
			}
			String id = row.get("project_id");
			if (id.isEmpty()) {
				throw new MalformedPabulib(number, "budgeting.pb.empty", "project_id");
			}
			if (this.projectIndex.containsKey(id)) {
				throw new MalformedPabulib(number, "budgeting.pb.duplicate-project", id);
			}
			long cost = number(row.get("cost"), "cost", number);
			Long votes = wholeOrNull(row.get("votes"));
			Integer selected = null;
			String selectedText = row.get("selected");
			if (selectedText != null && !selectedText.isEmpty()) {
				if (!selectedText.matches("\\d")) {
					throw new MalformedPabulib(number, "budgeting.pb.number", "selected", selectedText);
				}
				selected = Integer.valueOf(selectedText);
			}
			String category = row.get("category");
			Map<String, String> other = new LinkedHashMap<>();
			row.forEach((column, value) -> {
				if (!TYPED_PROJECT_COLUMNS.contains(column)) {
					other.put(column, value);
				}
			});
			String votesText = row.get("votes");
			if (votes == null && votesText != null && !votesText.isEmpty()) {
				// a score with decimals: kept as written, the tally counts the ballots anyway
				other.put("votes", votesText);
			}
			this.projectIndex.put(id, this.projects.size());
			this.projects.add(new Project(id, cost, row.getOrDefault("name", ""),
					category == null || category.isEmpty() ? null : category, votes, selected, other));
		}

		private void vote(List<String> header, List<String> fields, int number) {
			String voter = fields.get(header.indexOf("voter_id")).trim();
			if (voter.isEmpty()) {
				throw new MalformedPabulib(number, "budgeting.pb.empty", "voter_id");
			}
			if (!this.seenVoters.add(voter)) {
				throw new MalformedPabulib(number, "budgeting.pb.duplicate-voter", voter);
			}
			String vote = fields.get(header.indexOf("vote")).trim();
			String[] ids = vote.isEmpty() ? new String[0] : vote.split(",");
			int pointsColumn = header.indexOf("points");
			String[] pointTexts = null;
			if (pointsColumn >= 0) {
				String text = fields.get(pointsColumn).trim();
				pointTexts = text.isEmpty() ? new String[0] : text.split(",");
				if (pointTexts.length != ids.length) {
					throw new MalformedPabulib(number, "budgeting.pb.points", ids.length, pointTexts.length);
				}
				if (this.points == null) {
					this.points = new int[this.marks.length];
				}
			}
			int ballot = this.voterIds.size();
			if (ballot == this.offsets.length) {
				this.offsets = java.util.Arrays.copyOf(this.offsets, this.offsets.length * 2);
			}
			this.offsets[ballot] = this.markCount;
			for (int i = 0; i < ids.length; i++) {
				String id = ids[i].trim();
				Integer project = this.projectIndex.get(id);
				if (project == null) {
					throw new MalformedPabulib(number, "budgeting.pb.unknown-project", id);
				}
				if (this.markCount == this.marks.length) {
					this.marks = java.util.Arrays.copyOf(this.marks, this.marks.length * 2);
					if (this.points != null) {
						this.points = java.util.Arrays.copyOf(this.points, this.marks.length);
					}
				}
				if (this.points != null) {
					this.points[this.markCount] = pointTexts == null ? 1 : (int) Math.min(Integer.MAX_VALUE,
							number(pointTexts[i], "points", number));
				}
				this.marks[this.markCount++] = project;
			}
			this.voterIds.add(voter);
		}

		private static long number(String text, String field, int line) {
			try {
				return Numbers.amount(text);
			}
			catch (NumberFormatException | ArithmeticException wrong) {
				throw new MalformedPabulib(line, "budgeting.pb.number", field, text);
			}
		}

		private static @Nullable Long wholeOrNull(@Nullable String text) {
			if (text == null || !text.trim().matches("\\d{1,18}")) {
				return null;
			}
			return Long.valueOf(text.trim());
		}

	}

	/** Splits one line on semicolons outside double quotes; a doubled quote inside quotes is one quote. */
	static List<String> split(String line, int number) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
				field.setLength(0);
			}
			else if (c == ';') {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new MalformedPabulib(number, "budgeting.pb.quote");
		}
		fields.add(field.toString());
		return fields;
	}

}
