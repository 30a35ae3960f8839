package nl.speelveld.participation.budgeting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes an election as a Pabulib {@code .pb} file that {@link PabulibReader} reads back to the same election:
 * META in its order, PROJECTS with the columns the projects use, VOTES with {@code points} when the ballots carry
 * points. Lines end in LF; fields with a semicolon or a quote are quoted.
 */
public final class PabulibWriter {

	private PabulibWriter() {
	}

	public static String write(Election election) {
		StringWriter text = new StringWriter();
		write(election, text);
		return text.toString();
	}

	public static void write(Election election, Writer out) {
		try {
			out.write("META\nkey;value\n");
			for (var entry : election.meta().fields().entrySet()) {
				line(out, List.of(entry.getKey(), entry.getValue()));
			}
			List<String> columns = projectColumns(election.projects());
			out.write("PROJECTS\n");
			line(out, columns);
			for (Project project : election.projects()) {
				List<String> fields = new ArrayList<>(columns.size());
				for (String column : columns) {
					String value = project.field(column);
					fields.add(value == null ? "" : value);
				}
				line(out, fields);
			}
			Ballots ballots = election.ballots();
			out.write(ballots.hasPoints() ? "VOTES\nvoter_id;vote;points\n" : "VOTES\nvoter_id;vote\n");
			StringBuilder vote = new StringBuilder();
			StringBuilder points = new StringBuilder();
			for (int b = 0; b < ballots.count(); b++) {
				vote.setLength(0);
				points.setLength(0);
				for (int i = ballots.start(b); i < ballots.end(b); i++) {
					if (i > ballots.start(b)) {
						vote.append(',');
						points.append(',');
					}
					vote.append(election.projects().get(ballots.project(i)).id());
					points.append(ballots.points(i));
				}
				line(out, ballots.hasPoints() ? List.of(ballots.voterId(b), vote.toString(), points.toString())
						: List.of(ballots.voterId(b), vote.toString()));
			}
			out.flush();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	private static List<String> projectColumns(List<Project> projects) {
		Set<String> columns = new LinkedHashSet<>(List.of("project_id", "cost"));
		if (projects.stream().anyMatch(p -> p.field("votes") != null)) {
			columns.add("votes");
		}
		columns.add("name");
		if (projects.stream().anyMatch(p -> p.category() != null)) {
			columns.add("category");
		}
		if (projects.stream().anyMatch(p -> p.field("selected") != null)) {
			columns.add("selected");
		}
		projects.forEach(p -> columns.addAll(p.other().keySet()));
		return List.copyOf(columns);
	}

	private static void line(Writer out, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.write(';');
			}
			String field = fields.get(i);
			if (field.indexOf(';') >= 0 || field.indexOf('"') >= 0 || !field.equals(field.strip())) {
				out.write('"' + field.replace("\"", "\"\"") + '"');
			}
			else {
				out.write(field);
			}
		}
		out.write('\n');
	}

}
