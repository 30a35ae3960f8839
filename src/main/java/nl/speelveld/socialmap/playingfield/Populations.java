package nl.speelveld.socialmap.playingfield;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.Areas;
import nl.speelveld.areas.AreasImported;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The CBS population of areas in their newest year, for norm checks. Kept in memory, as a page may ask for
 * the working areas of dozens of posts and the figures change only with an import; forgotten after an
 * import here and every ten minutes, for imports on another app node.
 */
@Component
class Populations {

	private static final long FRESH_FOR_NANOS = 600_000_000_000L;

	private final Areas areas;

	private volatile Map<AreaCode, Optional<Integer>> known = new ConcurrentHashMap<>();

	private volatile long since = System.nanoTime();

	Populations(Areas areas) {
		this.areas = areas;
	}

	@Nullable Integer of(AreaCode code) {
		if (System.nanoTime() - this.since > FRESH_FOR_NANOS) {
			forget();
		}
		return this.known.computeIfAbsent(code, this::read).orElse(null);
	}

	@EventListener
	void on(AreasImported imported) {
		forget();
	}

	private void forget() {
		this.known = new ConcurrentHashMap<>();
		this.since = System.nanoTime();
	}

	private Optional<Integer> read(AreaCode code) {
		try {
			return Optional.ofNullable(this.areas.area(code, null).figures().inhabitants());
		}
		catch (AreaNotFound unknown) {
			return Optional.empty();
		}
	}

}
