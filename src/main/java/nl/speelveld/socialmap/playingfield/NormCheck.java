package nl.speelveld.socialmap.playingfield;

import java.math.BigDecimal;
import java.math.RoundingMode;

import nl.speelveld.roles.RoleType;
import org.jspecify.annotations.Nullable;

/**
 * A coverage norm checked for an area: {@code required} posts for its {@code inhabitants} (rounded up),
 * {@code present} posts counted by the part of their time that falls in the area, and the
 * {@code shortfall}. Without a CBS population figure, required and shortfall are unknown. {@code posts}
 * and {@code stalePosts} count the posts behind {@code present}; {@code estimated} says that an area of
 * one of them has no population figure, so it was counted by number of areas instead.
 */
public record NormCheck(RoleType role, Norm norm, @Nullable Integer inhabitants, @Nullable Integer required,
		BigDecimal present, @Nullable BigDecimal shortfall, int posts, int stalePosts, boolean estimated) {

	/** Present posts to one decimal, as people read them: 1,4 wijkagenten. */
	public BigDecimal presentRounded() {
		return this.present.setScale(1, RoundingMode.HALF_UP);
	}

	public @Nullable BigDecimal shortfallRounded() {
		return this.shortfall == null ? null : this.shortfall.setScale(1, RoundingMode.HALF_UP);
	}

	public boolean isShort() {
		return this.shortfall != null && this.shortfall.signum() > 0;
	}

}
