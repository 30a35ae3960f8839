package nl.speelveld.socialmap.hsds;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.shared.Problem;

import org.springframework.stereotype.Component;

/**
 * Names of the CBS areas the social map refers to. The lookup index answers in a running server; a command-line
 * export has no index, so it asks the database once per code.
 */
@Component
class AreaNaming {

	private final Areas areas;

	private final Map<String, Optional<AreaSummary>> fromDatabase = new ConcurrentHashMap<>();

	AreaNaming(Areas areas) {
		this.areas = areas;
	}

	Optional<AreaSummary> find(String code) {
		Optional<AreaCode> parsed = AreaCode.tryParse(code);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		Optional<AreaSummary> indexed = this.areas.summary(parsed.get());
		return indexed.isPresent() ? indexed : this.fromDatabase.computeIfAbsent(code, key -> read(parsed.get()));
	}

	String name(String code) {
		return find(code).map(AreaSummary::name).orElse(code);
	}

	private Optional<AreaSummary> read(AreaCode code) {
		try {
			return Optional.of(this.areas.area(code, null).summary());
		}
		catch (Problem unknown) {
			return Optional.empty();
		}
	}

}
