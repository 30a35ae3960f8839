package nl.speelveld.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import nl.speelveld.areas.AreasImported;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps maps of CBS figures for an hour: they change only with an import, and reading the figures of a hundred
 * wijken one by one costs more than the rest of a dashboard. An import on this node empties it at once; other
 * nodes see the new figures within the hour.
 */
@Component
class RegisteredMaps {

	private static final Duration KEPT = Duration.ofHours(1);

	/** A bound on memory: a few thousand maps of parts are a few megabytes. */
	private static final int MOST = 2_000;

	private final Map<String, Kept> maps = new ConcurrentHashMap<>();

	private final Clock clock;

	RegisteredMaps() {
		this(Clock.systemUTC());
	}

	RegisteredMaps(Clock clock) {
		this.clock = clock;
	}

	Choropleth get(String key, Supplier<Choropleth> compute) {
		Instant now = this.clock.instant();
		Kept kept = this.maps.get(key);
		if (kept != null && kept.until().isAfter(now)) {
			return kept.map();
		}
		if (this.maps.size() >= MOST) {
			this.maps.clear();
		}
		Choropleth map = compute.get();
		this.maps.put(key, new Kept(map, now.plus(KEPT)));
		return map;
	}

	@EventListener
	void on(AreasImported imported) {
		this.maps.clear();
	}

	private record Kept(Choropleth map, Instant until) {
	}

}
