package nl.speelveld.routing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.Areas;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Areas with their key figures, kept a few minutes: they change only with a CBS import, and reading one
 * takes several queries, where a question needs only its name, level and density.
 */
@Component
class KeptAreas {

	private static final long FRESH_FOR_NANOS = 300_000_000_000L;

	private static final int KEPT = 20_000;

	private final Areas areas;

	private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

	private record Key(AreaCode code, int year) {
	}

	private record Kept(Area area, long readAt) {
	}

	KeptAreas(Areas areas) {
		this.areas = areas;
	}

	Area area(AreaCode code, @Nullable Integer year) {
		Key key = new Key(code, year == null ? 0 : year);
		Kept found = this.kept.get(key);
		if (found == null || System.nanoTime() - found.readAt() > FRESH_FOR_NANOS) {
			found = new Kept(this.areas.area(code, year), System.nanoTime());
			if (this.kept.size() >= KEPT) {
				this.kept.clear();
			}
			this.kept.put(key, found);
		}
		return found.area();
	}

}
