package nl.speelveld.participation.rounds;

import java.util.List;
import java.util.UUID;

import nl.speelveld.participation.budgeting.Rule;
import org.jspecify.annotations.Nullable;

/** The settings of a round as its owner gives them, checked by {@link RoundSetup}. */
public record RoundSettings(UUID process, long budget, BallotType ballotType, Rule rule, @Nullable Integer maxChoices,
		Verification verification, boolean changeable, List<Category> categories) {
}
