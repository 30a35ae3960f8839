package nl.speelveld.socialmap.playingfield;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.Coverage;
import nl.speelveld.socialmap.CoveringPost;
import org.jspecify.annotations.Nullable;

/**
 * Adds up how much of their time posts spend in one area, for a norm check. A post's time is spread over
 * its working area by inhabitants: the part of the inhabitants of its working area that live in this area
 * is the part of the post that counts here (see {@link PlayingFieldAnalysis}).
 */
final class NormShares {

	private final AreaCode area;

	private final @Nullable Integer inhabitants;

	private final Function<AreaCode, @Nullable Integer> population;

	private double total;

	private boolean estimated;

	NormShares(AreaCode area, @Nullable Integer inhabitants, Function<AreaCode, @Nullable Integer> population) {
		this.area = area;
		this.inhabitants = inhabitants;
		this.population = population;
	}

	void add(CoveringPost post) {
		this.total += share(post);
	}

	/** The sum of the shares, to two decimals. */
	BigDecimal total() {
		return BigDecimal.valueOf(this.total).setScale(2, RoundingMode.HALF_UP);
	}

	boolean estimated() {
		return this.estimated;
	}

	double share(CoveringPost post) {
		List<AreaCode> working = outermost(post.post().areas());
		if (working.isEmpty()) {
			return 0;
		}
		long all = 0;
		long here = 0;
		int related = 0;
		boolean known = this.inhabitants != null;
		for (AreaCode code : working) {
			boolean around = isAround(code, post);
			boolean inside = !around && PlayingFieldAnalysis.lies(code, this.area);
			related += around || inside ? 1 : 0;
			Integer people = this.population.apply(code);
			if (people == null || !known) {
				known = false;
				continue;
			}
			all += people;
			here += around ? this.inhabitants : inside ? people : 0;
		}
		if (known && all > 0) {
			return Math.min(1.0, here / (double) all);
		}
		this.estimated = true;
		return related / (double) working.size();
	}

	/** The area itself, or an area around it (by its code, or as the social map found it). */
	private boolean isAround(AreaCode code, CoveringPost post) {
		return PlayingFieldAnalysis.lies(this.area, code)
				|| (post.coverage() == Coverage.PARENT && post.via().contains(code));
	}

	/** The working areas without those that lie in another of them: a buurt of a wijk the post also covers. */
	static List<AreaCode> outermost(List<AreaCode> areas) {
		return areas.stream()
			.distinct()
			.filter(code -> areas.stream().noneMatch(other -> !other.equals(code) && PlayingFieldAnalysis.lies(code, other)))
			.toList();
	}

}
