package nl.speelveld.areas.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import nl.speelveld.areas.AreasImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports CBS area files for one year, all or nothing: every file is read and every feature checked
 * before anything is written, and the write is one transaction. So a bad file, a truncated download or a
 * missing parent leaves the areas as they were, and importing the same files twice changes nothing.
 */
@Service
public class AreaImporter {

	private static final Logger log = LoggerFactory.getLogger(AreaImporter.class);

	private final AreaWriter writer;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	AreaImporter(AreaWriter writer, TransactionTemplate transactions, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.writer = writer;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.events = events;
	}

	public ImportReport importCbs(int year, List<SourceFile> files, ImportProgress progress) {
		long started = System.nanoTime();
		var batch = new AreaBatch(year);
		read(files, batch, progress);
		// Checked even when reading found errors, so that one run reports every problem. Parents are checked
		// against the stored areas inside the import lock, so that no concurrent import changes them meanwhile.
		var outcome = this.transactions.execute(status -> {
			this.writer.lockImports();
			batch.validate(this.writer.storedCodes(year), progress);
			if (batch.hasErrors()) {
				status.setRollbackOnly();
				return null;
			}
			int[] counts = this.writer.write(year, batch.records(), progress);
			long importId = logImport(year, files, batch, counts);
			return new long[] { importId, counts[0], counts[1] };
		});
		if (outcome == null) {
			return report(false, batch, 0, 0, started);
		}
		var report = report(true, batch, (int) outcome[1], (int) outcome[2], started);
		this.events.publishEvent(new AreasImported(outcome[0], year, report.added(), report.changed()));
		log.info("Imported {} areas of {} from {}: {} added, {} changed, {} unchanged, {} notes, in {} ms",
				report.areas(), year, files, report.added(), report.changed(), report.unchanged(),
				report.notes().size(), report.duration().toMillis());
		return report;
	}

	private static void read(List<SourceFile> files, AreaBatch batch, ImportProgress progress) {
		long total = files.stream().mapToLong(SourceFile::size).sum();
		long before = 0;
		progress.begin("import.phase.read", total);
		for (SourceFile file : files) {
			try (CountingInputStream raw = file.open()) {
				InputStream in = SourceFile.decompressed(raw);
				SourceFormat format = SourceFormat.detect(in);
				long offset = before;
				var sink = batch.sink();
				FeatureSink counting = new FeatureSink() {

					@Override
					public void feature(RawFeature feature) {
						sink.feature(feature);
						progress.advance(offset + raw.count());
					}

					@Override
					public void problem(ImportProblem problem) {
						sink.problem(problem);
					}

				};
				switch (format) {
					case GEOJSON -> GeoJsonReader.read(file.name(), in, counting);
					case CSV -> CsvReader.read(file.name(), in, counting);
				}
			}
			catch (SourceFormat.Unknown unknown) {
				batch.sink().problem(ImportProblem.error(file.name(), null, null, unknown.messageKey()));
			}
			catch (IOException unreadable) {
				batch.sink()
					.problem(ImportProblem.error(file.name(), null, null, "import.unreadable",
							String.valueOf(unreadable.getMessage())));
			}
			before += file.size();
			progress.advance(before);
		}
		progress.end();
	}

	private long logImport(int year, List<SourceFile> files, AreaBatch batch, int[] counts) {
		int notes = (int) batch.problems().stream().filter(problem -> !problem.isError()).count();
		return this.jdbc
			.sql("insert into area_import (kind, year, files, features, areas, added, changed, notes) "
					+ "values ('cbs', ?, ?, ?, ?, ?, ?, ?) returning id")
			.params(year, String.join(", ", files.stream().map(SourceFile::name).toList()), batch.features(),
					batch.records().size(), counts[0], counts[1], notes)
			.query(Long.class)
			.single();
	}

	private static ImportReport report(boolean imported, AreaBatch batch, int added, int changed, long started) {
		List<ImportProblem> problems = batch.problems()
			.stream()
			.sorted(Comparator.comparing(ImportProblem::severity))
			.toList();
		return new ImportReport(imported, batch.year(), batch.features(), batch.records().size(), added, changed,
				problems, Duration.ofNanos(System.nanoTime() - started));
	}

}
