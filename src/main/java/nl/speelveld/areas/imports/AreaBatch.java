package nl.speelveld.areas.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.speelveld.areas.AreaCode;

/**
 * All areas of one import, merged by code across files, with every problem found on the way. Checks that
 * need the database (does the parent exist?) take the codes already stored for the year.
 */
final class AreaBatch {

	private final int year;

	private final Map<AreaCode, AreaRecord> records = new LinkedHashMap<>();

	private final Map<String, Set<AreaCode>> codesPerFile = new LinkedHashMap<>();

	private final List<ImportProblem> problems = new ArrayList<>();

	private int features;

	AreaBatch(int year) {
		this.year = year;
	}

	FeatureSink sink() {
		return new FeatureSink() {

			@Override
			public void feature(RawFeature feature) {
				add(feature);
			}

			@Override
			public void problem(ImportProblem problem) {
				AreaBatch.this.problems.add(problem);
			}

		};
	}

	private void add(RawFeature feature) {
		this.features++;
		AreaRecord record = CbsFeatures.toRecord(feature, this.year, this.problems::add);
		if (record == null) {
			return;
		}
		if (!this.codesPerFile.computeIfAbsent(feature.file(), file -> new HashSet<>()).add(record.code)) {
			this.problems.add(ImportProblem.error(feature.file(), feature.location(), record.code.value(),
					"import.duplicate-code"));
			return;
		}
		AreaRecord known = this.records.putIfAbsent(record.code, record);
		if (known != null) {
			known.absorb(record);
		}
	}

	/** Checks shapes, names and parents; call once, after all files were read. */
	void validate(Set<AreaCode> storedCodes, ImportProgress progress) {
		int checked = 0;
		progress.begin("import.phase.check", this.records.size());
		for (AreaRecord record : this.records.values()) {
			checkShape(record);
			if (record.name == null && !storedCodes.contains(record.code)) {
				this.problems.add(problem(record, "import.missing-name"));
			}
			record.code.impliedParent().ifPresent(parent -> {
				if (!this.records.containsKey(parent) && !storedCodes.contains(parent)) {
					this.problems.add(problem(record, "import.unknown-parent", parent.value(), String.valueOf(this.year)));
				}
			});
			progress.advance(++checked);
		}
		progress.end();
	}

	private void checkShape(AreaRecord record) {
		if (record.geometry == null) {
			return;
		}
		Shapes.Checked checked = Shapes.check(record.geometry);
		if (checked.shape() == null) {
			this.problems.add(problem(record, "import.geometry-invalid", checked.flaw()));
		}
		else if (checked.repaired()) {
			this.problems.add(ImportProblem.note(record.file, record.location, record.code.value(),
					"import.geometry-repaired", checked.flaw()));
		}
		record.geometry = checked.shape();
	}

	private ImportProblem problem(AreaRecord record, String key, Object... args) {
		return ImportProblem.error(record.file, record.location, record.code.value(), key, args);
	}

	int year() {
		return this.year;
	}

	int features() {
		return this.features;
	}

	Collection<AreaRecord> records() {
		return this.records.values();
	}

	List<ImportProblem> problems() {
		return this.problems;
	}

	boolean hasErrors() {
		return this.problems.stream().anyMatch(ImportProblem::isError);
	}

}
