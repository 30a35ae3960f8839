package nl.speelveld.socialmap.playingfield;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.roles.RoleType;
import nl.speelveld.roles.Roles;
import nl.speelveld.socialmap.Freshness;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The verkenning: the role × goal × focus comparison of the playing field for a gemeente or for the whole
 * deployment. A post without focus themes counts for its role's themes, as on an area's playing field.
 */
@Service
public class Explorations {

	private final ExplorationStore store;

	private final Roles roles;

	private final Areas areas;

	private final Freshness freshness;

	/** The counts per scope (a gemeente code, or empty for all), kept while the social map does not change. */
	private final Map<String, Counted> counted = new ConcurrentHashMap<>();

	private record Counted(long revision, LocalDate day, Map<String, ExplorationStore.Counts> counts) {
	}

	Explorations(ExplorationStore store, Roles roles, Areas areas, Freshness freshness) {
		this.store = store;
		this.roles = roles;
		this.areas = areas;
		this.freshness = freshness;
	}

	/** The gemeente someone asked for: blank for all of them; refused when it is no gemeente or unknown. */
	public @Nullable AreaSummary gemeente(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		AreaCode code = AreaCode.tryParse(text)
			.filter(parsed -> parsed.level() == AreaLevel.GEMEENTE)
			.orElseThrow(() -> new NotAGemeente(text.strip()));
		return this.areas.summary(code).orElseThrow(() -> new AreaNotFound(code));
	}

	public Exploration of(@Nullable AreaSummary gemeente) {
		Map<String, ExplorationStore.Counts> counts = counts(gemeente == null ? null : gemeente.code());
		List<RoleProfile> profiles = new ArrayList<>();
		for (RoleType role : this.roles.all()) {
			var counted = counts.getOrDefault(role.code(), new ExplorationStore.Counts());
			Map<String, Integer> themes = new HashMap<>(counted.themes);
			if (counted.unfocused > 0) {
				role.focus().forEach(theme -> themes.merge(theme, counted.unfocused, Integer::sum));
			}
			profiles.add(new RoleProfile(role, counted.posts, counted.stale, counted.areas, counted.organisations,
					byCountDescending(counted.employers), Map.copyOf(themes)));
		}
		return new Exploration(gemeente, profiles, this.roles.themes());
	}

	/**
	 * Counting every post of a deployment takes a while, so the counts are kept until the social map's revision
	 * moves or the day changes (posts start, end and go stale by the day).
	 */
	private Map<String, ExplorationStore.Counts> counts(@Nullable AreaCode gemeente) {
		String scope = gemeente == null ? "" : gemeente.value();
		LocalDate today = LocalDate.now(Clock.systemDefaultZone());
		long revision = this.store.revision();
		Counted kept = this.counted.get(scope);
		if (kept != null && kept.revision() == revision && kept.day().equals(today)) {
			return kept.counts();
		}
		Map<String, ExplorationStore.Counts> counts = this.store.count(gemeente, staleBefore(today));
		this.counted.put(scope, new Counted(revision, today, counts));
		return counts;
	}

	/** Confirmed before this day means stale today: the social map's rule turned around. */
	LocalDate staleBefore(LocalDate today) {
		return today.minus(this.freshness.grace()).minus(this.freshness.confirmAfter());
	}

	private static Map<String, Integer> byCountDescending(Map<String, Integer> counts) {
		Map<String, Integer> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
			.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
		return sorted;
	}

}
