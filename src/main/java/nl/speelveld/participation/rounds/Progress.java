package nl.speelveld.participation.rounds;

import org.jspecify.annotations.Nullable;

/** Where a funded project stands after the vote. */
public enum Progress {

	PLANNED("planned"), UNDERWAY("underway"), DONE("done"), DROPPED("dropped");

	private final String key;

	Progress(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	public static @Nullable Progress ofKey(@Nullable String key) {
		for (Progress progress : values()) {
			if (progress.key.equals(key)) {
				return progress;
			}
		}
		return null;
	}

}
