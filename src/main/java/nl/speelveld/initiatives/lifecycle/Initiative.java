package nl.speelveld.initiatives.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.initiatives.InitiativeStatus;
import org.jspecify.annotations.Nullable;

/** A residents' initiative as it stands: its plan, where it is in its life, and who guides it. */
public record Initiative(UUID id, InitiativeStatus status, String title, String summary, String initiatorName,
		@Nullable UUID initiatorId, AreaCode area, double lat, double lon, @Nullable LocalDate startsOn, Plan plan,
		@Nullable UUID takenBy, @Nullable UUID takenPost, @Nullable Integer grantedAmount, @Nullable Outcome outcome,
		@Nullable String stopReason, int supporters, @Nullable LocalDate answerDue, Instant createdAt,
		Instant updatedAt) {

	/** What the initiators want to do and what they need for it. */
	public record Plan(String goal, String activities, List<String> supportNeeded, List<BudgetLine> budget) {

		public Plan {
			supportNeeded = List.copyOf(supportNeeded);
			budget = List.copyOf(budget);
		}

		public static Plan empty() {
			return new Plan("", "", List.of(), List.of());
		}

		public long total() {
			return this.budget.stream().mapToLong(BudgetLine::amount).sum();
		}

		public boolean needs(String kind) {
			return this.supportNeeded.contains(kind);
		}

	}

	public record BudgetLine(String description, int amount) {
	}

	/** How it went: in words, and what it did for the two aims of community building. */
	public record Outcome(String text, String liveability, String cohesion, @Nullable Integer participants) {
	}

	public String gemeente() {
		return this.area.gemeente().value();
	}

	public boolean isStartedBy(UUID user) {
		return user.equals(this.initiatorId);
	}

	public boolean isGuidedBy(UUID user) {
		return user.equals(this.takenBy);
	}

}
