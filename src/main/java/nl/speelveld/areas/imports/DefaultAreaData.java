package nl.speelveld.areas.imports;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the areas that ship with Speelveld (CBS 2024 gemeenten and wijken with key figures, CBS 2014
 * buurten, PC4 postcodes) into an empty database, before the web server accepts requests. It runs once:
 * a database that holds areas is left alone, so an operator's own imports are never overwritten.
 */
@Component
class DefaultAreaData implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DefaultAreaData.class);

	private record Dataset(int year, List<String> files) {
	}

	private static final List<Dataset> AREAS = List.of(
			new Dataset(2024, List.of("cbs/2024/gemeenten_2024.geojson", "cbs/2024/wijken_2024.geojson",
					"cbs/2024/kwb2024_gemeente_wijk.csv")),
			new Dataset(2014, List.of("cbs/2014/gemeenten_2014.csv", "cbs/2014/wijken_2014.csv",
					"cbs/2014/wijken_2014.geojson", "cbs/2014/buurten_2014.csv", "cbs/2014/buurten_2014.geojson")));

	private static final Dataset POSTCODES = new Dataset(2024, List.of("postcodes/pc4_naar_gemeente_wijk_2024.csv"));

	private final AreaImporter areas;

	private final PostcodeImporter postcodes;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final boolean enabled;

	DefaultAreaData(AreaImporter areas, PostcodeImporter postcodes, JdbcClient jdbc, MessageSource messages,
			@Value("${speelveld.areas.load-default-data:true}") boolean enabled,
			@Value("${speelveld.command:}") String command) {
		this.areas = areas;
		this.postcodes = postcodes;
		this.jdbc = jdbc;
		this.messages = messages;
		// A command-line import fills the database itself; it should not first get the default data.
		this.enabled = enabled && command.isEmpty();
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.enabled || hasAreas()) {
			return;
		}
		log.info("The database holds no areas yet: loading the CBS areas that ship with Speelveld");
		for (Dataset dataset : AREAS) {
			var report = this.areas.importCbs(dataset.year(), sources(dataset),
					new LoggedProgress(this.messages, "Areas " + dataset.year()));
			check(report, dataset);
		}
		check(this.postcodes.importPostcodes(POSTCODES.year(), sources(POSTCODES).get(0),
				new LoggedProgress(this.messages, "Postcodes")), POSTCODES);
		// The import parsed some 12 MB of GeoJSON once; a full collection now lets the JVM hand that heap back
		// to the operating system instead of keeping it for the life of the process.
		System.gc();
	}

	private boolean hasAreas() {
		return this.jdbc.sql("select exists (select 1 from area_area)").query(Boolean.class).single();
	}

	private static List<SourceFile> sources(Dataset dataset) {
		return dataset.files().stream().map(file -> SourceFile.of(new ClassPathResource("data/" + file))).toList();
	}

	private void check(ImportReport report, Dataset dataset) {
		if (!report.imported()) {
			var problems = report.errors().stream().limit(20).map(p -> p.describe(this.messages, Locale.ENGLISH));
			throw new IllegalStateException("The bundled data " + dataset.files() + " did not import:\n"
					+ String.join("\n", problems.toList()));
		}
	}

}
