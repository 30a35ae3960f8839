package nl.speelveld.areas.imports;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreasImported;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports four-digit postcodes (PC4) with their place name, centre point and, where known, the gemeente
 * and wijk of a given year. All or nothing, like area imports; the area codes must already be imported.
 */
@Service
public class PostcodeImporter {

	private record Postcode(String postcode, String place, @Nullable String kind, double lat, double lon,
			@Nullable String gemeente, @Nullable String wijk) {
	}

	private final AreaWriter areas;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final ApplicationEventPublisher events;

	PostcodeImporter(AreaWriter areas, TransactionTemplate transactions, JdbcClient jdbc, JdbcTemplate jdbcTemplate,
			ApplicationEventPublisher events) {
		this.areas = areas;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.events = events;
	}

	public ImportReport importPostcodes(int year, SourceFile file, ImportProgress progress) {
		long started = System.nanoTime();
		List<ImportProblem> problems = new ArrayList<>();
		List<RawFeature> rows = new ArrayList<>();
		progress.begin("import.phase.read", file.size());
		try (CountingInputStream raw = file.open()) {
			var in = SourceFile.decompressed(raw);
			if (SourceFormat.detect(in) != SourceFormat.CSV) {
				problems.add(ImportProblem.error(file.name(), null, null, "import.postcodes-need-csv"));
			}
			else {
				CsvReader.read(file.name(), in, new FeatureSink() {

					@Override
					public void feature(RawFeature feature) {
						rows.add(feature);
						progress.advance(raw.count());
					}

					@Override
					public void problem(ImportProblem problem) {
						problems.add(problem);
					}

				});
			}
		}
		catch (SourceFormat.Unknown unknown) {
			problems.add(ImportProblem.error(file.name(), null, null, unknown.messageKey()));
		}
		catch (IOException unreadable) {
			problems.add(ImportProblem.error(file.name(), null, null, "import.unreadable",
					String.valueOf(unreadable.getMessage())));
		}
		progress.end();
		Long importId = this.transactions.execute(status -> {
			this.areas.lockImports();
			List<Postcode> postcodes = parse(rows, this.areas.storedCodes(year), year, problems);
			if (problems.stream().anyMatch(ImportProblem::isError)) {
				status.setRollbackOnly();
				return null;
			}
			write(year, postcodes, progress);
			return this.jdbc
				.sql("insert into area_import (kind, year, files, features, areas, added, changed, notes) "
						+ "values ('postcodes', ?, ?, ?, ?, 0, ?, 0) returning id")
				.params(year, file.name(), rows.size(), postcodes.size(), postcodes.size())
				.query(Long.class)
				.single();
		});
		boolean imported = importId != null;
		if (imported) {
			this.events.publishEvent(new AreasImported(importId, year, 0, 0));
		}
		return new ImportReport(imported, year, rows.size(), rows.size(), 0, imported ? rows.size() : 0,
				problems.stream().sorted(java.util.Comparator.comparing(ImportProblem::severity)).toList(),
				Duration.ofNanos(System.nanoTime() - started));
	}

	private static List<Postcode> parse(List<RawFeature> rows, Set<AreaCode> stored, int year,
			List<ImportProblem> problems) {
		List<Postcode> postcodes = new ArrayList<>(rows.size());
		Set<String> seen = new HashSet<>();
		for (RawFeature row : rows) {
			String postcode = row.first(List.of("postcode", "pc4"));
			String place = row.first(List.of("woonplaats", "plaats", "place"));
			Number lat = number(row.first(List.of("latitude", "lat")));
			Number lon = number(row.first(List.of("longitude", "lon")));
			String gemeente = row.first(List.of("gemeentecode_" + year, "gemeentecode", "gemeente_code"));
			String wijk = row.first(List.of("wijkcode_" + year, "wijkcode", "wijk_code"));
			if (postcode == null || !postcode.matches("[1-9]\\d{3}")) {
				problems.add(error(row, postcode, "import.postcode-invalid", String.valueOf(postcode)));
			}
			else if (!seen.add(postcode)) {
				problems.add(error(row, postcode, "import.duplicate-code"));
			}
			else if (place == null) {
				problems.add(error(row, postcode, "import.missing-name"));
			}
			else if (lat == null || lon == null || Math.abs(lat.doubleValue()) > 90
					|| Math.abs(lon.doubleValue()) > 180) {
				problems.add(error(row, postcode, "import.bad-label-point", String.valueOf(lon), String.valueOf(lat)));
			}
			else if (!knownOrAbsent(gemeente, stored) || !knownOrAbsent(wijk, stored)) {
				problems.add(error(row, postcode, "import.unknown-parent", gemeente + " / " + wijk, String.valueOf(year)));
			}
			else {
				postcodes.add(new Postcode(postcode, place, row.property("soort"), lat.doubleValue(),
						lon.doubleValue(), gemeente, wijk));
			}
		}
		return postcodes;
	}

	private void write(int year, List<Postcode> postcodes, ImportProgress progress) {
		progress.begin("import.phase.write", postcodes.size());
		this.jdbcTemplate.batchUpdate("""
				insert into area_postcode (postcode, place, kind, lat, lon, year, gemeente_code, wijk_code)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (postcode) do update set place = excluded.place, kind = excluded.kind,
				  lat = excluded.lat, lon = excluded.lon, year = excluded.year,
				  gemeente_code = excluded.gemeente_code, wijk_code = excluded.wijk_code""",
				postcodes.stream()
					.map(p -> new Object[] { p.postcode(), p.place(), p.kind(), p.lat(), p.lon(), year, p.gemeente(),
							p.wijk() })
					.toList());
		progress.advance(postcodes.size());
		progress.end();
	}

	private static boolean knownOrAbsent(@Nullable String code, Set<AreaCode> stored) {
		return code == null || (AreaCode.isValid(code) && stored.contains(new AreaCode(code)));
	}

	private static @Nullable Number number(@Nullable String text) {
		return text == null ? null : CbsFeatures.number(text, true);
	}

	private static ImportProblem error(RawFeature row, @Nullable String postcode, String key, Object... args) {
		return ImportProblem.error(row.file(), row.location(), postcode, key, args);
	}

}
