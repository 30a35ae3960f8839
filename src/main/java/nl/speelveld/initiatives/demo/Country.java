package nl.speelveld.initiatives.demo;

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
import org.jspecify.annotations.Nullable;

/**
 * Where initiatives can be placed: every gemeente and wijk of a year with its inhabitants, land and label
 * point, read through {@link Areas} with a few threads.
 */
record Country(List<Place> places) {

	/** A gemeente or wijk: its code, its gemeente's, a short name for titles, inhabitants and where its label lies. */
	record Place(String code, String gemeente, String name, int inhabitants, double landHectares,
			Area.@Nullable Position label) {
	}

	private static final int THREADS = 4;

	static Country read(Areas areas, int year) {
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
			List<Future<List<Place>>> futures = gemeenten.stream()
				.map(gemeente -> pool.submit(() -> placesOf(areas, gemeente, year)))
				.toList();
			List<Place> places = new ArrayList<>();
			for (Future<List<Place>> future : futures) {
				places.addAll(future.get());
			}
			return new Country(List.copyOf(places));
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

	/** The gemeente itself first, then its wijken. */
	private static List<Place> placesOf(Areas areas, AreaSummary summary, int year) {
		Area gemeente = areas.area(summary.code(), year);
		List<Place> places = new ArrayList<>();
		places.add(place(gemeente, summary.code().value(), gemeente.name()));
		gemeente.children()
			.stream()
			.filter(child -> child.level() == AreaLevel.WIJK)
			.sorted(Comparator.comparing(AreaSummary::code))
			.forEach(child -> places.add(place(areas.area(child.code(), year), summary.code().value(), gemeente.name())));
		return places;
	}

	private static Place place(Area area, String gemeente, String gemeenteName) {
		Integer inhabitants = area.figures().inhabitants();
		Number land = area.figures().get(KeyFigure.LAND_HECTARES);
		return new Place(area.code().value(), gemeente, Names.forTitles(area.name(), gemeenteName),
				inhabitants == null ? 0 : inhabitants, land == null ? 100 : land.doubleValue(), area.label());
	}

}
