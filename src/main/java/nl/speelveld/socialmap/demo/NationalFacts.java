package nl.speelveld.socialmap.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.areas.KeyFigure;

/** Every gemeente of a year with its wijken, read through {@link Areas} with a few threads. */
final class NationalFacts {

	/** A gemeente with its wijken; rural when fewer than 500 inhabitants live on a km² of land. */
	record Gemeente(String code, String name, boolean rural, List<WijkFacts> wijken) {
	}

	private static final int THREADS = 4;

	private NationalFacts() {
	}

	static List<Gemeente> read(Areas areas, int year) {
		List<AreaSummary> gemeenten = new ArrayList<>();
		for (int page = 0;; page++) {
			var found = areas.list(AreaLevel.GEMEENTE, year, null, page, 500);
			gemeenten.addAll(found.items());
			if (gemeenten.size() >= found.total() || found.items().isEmpty()) {
				break;
			}
		}
		gemeenten.sort(Comparator.comparing(AreaSummary::code));
		var pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<Gemeente>> futures = gemeenten.stream()
				.map(gemeente -> pool.submit(() -> gemeente(areas, gemeente, year)))
				.toList();
			List<Gemeente> read = new ArrayList<>();
			for (Future<Gemeente> future : futures) {
				read.add(future.get());
			}
			return read;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the areas", interrupted);
		}
		catch (ExecutionException failure) {
			throw new IllegalStateException("Could not read the areas: " + failure.getCause(), failure.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Gemeente gemeente(Areas areas, AreaSummary summary, int year) {
		Area gemeente = areas.area(summary.code(), year);
		List<WijkFacts> wijken = gemeente.children()
			.stream()
			.filter(child -> child.level() == AreaLevel.WIJK)
			.sorted(Comparator.comparing(AreaSummary::code))
			.map(child -> WijkFacts.of(areas.area(child.code(), year)))
			.toList();
		Number density = gemeente.figures().get(KeyFigure.DENSITY);
		return new Gemeente(summary.code().value(), summary.name(), density != null && density.doubleValue() < 500,
				wijken);
	}

}
