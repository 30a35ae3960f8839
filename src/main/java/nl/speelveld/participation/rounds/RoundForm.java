package nl.speelveld.participation.rounds;

import org.jspecify.annotations.Nullable;

/**
 * The round's settings as the owner's form sends them. {@code categories} holds one category per line,
 * optionally with its limit after a colon: {@code Groen: 20000}.
 */
public record RoundForm(@Nullable String budget, @Nullable String ballotType, @Nullable String rule,
		@Nullable String maxChoices, @Nullable String verification, @Nullable String changeable,
		@Nullable String categories) {

	public static RoundForm of(Round round) {
		StringBuilder categories = new StringBuilder();
		for (Category category : round.categories()) {
			categories.append(category.name());
			if (category.limit() != null) {
				categories.append(": ").append(category.limit());
			}
			categories.append('\n');
		}
		return new RoundForm(Long.toString(round.budget()), round.ballotType().key(), round.rule().key(),
				round.maxChoices() == null ? "" : round.maxChoices().toString(), round.verification().key(),
				round.changeable() ? "ja" : null, categories.toString().strip());
	}

	public static RoundForm empty() {
		return new RoundForm("", BallotType.KNAPSACK.key(), "equal-shares", "", Verification.LETTER_CODE.key(), "ja", "");
	}

	public String value(@Nullable String field) {
		return field == null ? "" : field;
	}

}
