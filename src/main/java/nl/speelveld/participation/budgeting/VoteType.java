package nl.speelveld.participation.budgeting;

import java.util.Locale;

/** How a ballot is filled in, as Pabulib names it in {@code vote_type}. */
public enum VoteType {

	APPROVAL("approval"), CHOOSE_ONE("choose-1"), CUMULATIVE("cumulative"), ORDINAL("ordinal");

	private final String key;

	VoteType(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	/** The vote type of a file; null when the text names none of them. */
	static VoteType parse(String text) {
		String wanted = text.trim().toLowerCase(Locale.ROOT);
		for (VoteType type : values()) {
			if (type.key.equals(wanted)) {
				return type;
			}
		}
		return null;
	}

}
