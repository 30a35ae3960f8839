package nl.speelveld.participation.processes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A process as typed on the owner's form. The phases come as rows of equal lists (kind, title, first and
 * last day); a row left empty is not a phase.
 */
public record ProcessForm(@Nullable String area, @Nullable String title, @Nullable String question,
		@Nullable String description, @Nullable String rung, @Nullable String influence, @Nullable String legalBasis,
		@Nullable String ownerName, @Nullable String eligibility, @Nullable String premoderation,
		@Nullable List<String> components, @Nullable List<String> phaseKind, @Nullable List<String> phaseTitle,
		@Nullable List<String> phaseStart, @Nullable List<String> phaseEnd) {

	/** How many phase rows the form offers. */
	public static final int PHASE_ROWS = 8;

	/** An empty form for a new process in {@code area}, with the choices most processes start from. */
	public static ProcessForm blank(String area) {
		return new ProcessForm(area, "", "", "", Rung.RAADPLEGEN.key(), "", LegalBasis.PARTICIPATIEVERORDENING.key(), "",
				Eligibility.SIGNED_IN.key(), Premoderation.NEWCOMERS.key(), List.of(Process.PROPOSALS), List.of(), List.of(),
				List.of(), List.of());
	}

	public static ProcessForm of(Process process) {
		List<String> kinds = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		List<String> starts = new ArrayList<>();
		List<String> ends = new ArrayList<>();
		for (Phase phase : process.phases()) {
			kinds.add(phase.kind().key());
			titles.add(phase.title());
			starts.add(phase.startsOn().toString());
			ends.add(phase.endsOn().toString());
		}
		return new ProcessForm(process.area().value(), process.title(), process.question(), process.description(),
				process.rung().key(), process.influence(), process.legalBasis().key(), process.ownerName(),
				process.eligibility().key(), process.premoderation().key(), List.copyOf(process.components()), kinds, titles,
				starts, ends);
	}

	/** The value in row {@code row} of one of the phase lists, or empty. */
	public static String at(@Nullable List<String> values, int row) {
		return values == null || row >= values.size() || values.get(row) == null ? "" : values.get(row).strip();
	}

	public boolean has(String component) {
		return this.components != null && this.components.contains(component);
	}

	/** A day from the form, or null for anything else, including years no process runs in. */
	static @Nullable LocalDate date(String text) {
		try {
			LocalDate day = LocalDate.parse(text);
			return day.getYear() < 2000 || day.getYear() > 2200 ? null : day;
		}
		catch (java.time.format.DateTimeParseException unreadable) {
			return null;
		}
	}

}
