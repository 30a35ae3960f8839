package nl.speelveld.participation.rounds;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How a ballot is filled in: approve any projects (up to a maximum when the round sets one), choose projects
 * that together fit the budget (knapsack), or choose one.
 */
public enum BallotType {

	APPROVAL("approval"), KNAPSACK("knapsack"), CHOOSE_ONE("choose-one");

	private final String key;

	BallotType(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	public static @Nullable BallotType ofKey(@Nullable String key) {
		for (BallotType type : values()) {
			if (type.key.equals(key == null ? "" : key.trim().toLowerCase(Locale.ROOT))) {
				return type;
			}
		}
		return null;
	}

}
