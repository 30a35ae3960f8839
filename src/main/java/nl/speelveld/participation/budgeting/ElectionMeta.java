package nl.speelveld.participation.budgeting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The META section: every key as written, in order, with typed readings of the keys the tally uses. The reader
 * checks those keys, so the readings here do not fail on a parsed file.
 */
public record ElectionMeta(Map<String, String> fields) {

	public ElectionMeta {
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	public @Nullable String get(String key) {
		return this.fields.get(key);
	}

	public long budget() {
		return Numbers.amount(this.fields.getOrDefault("budget", "0"));
	}

	public VoteType voteType() {
		VoteType type = VoteType.parse(this.fields.getOrDefault("vote_type", "approval"));
		return type == null ? VoteType.APPROVAL : type;
	}

	/** The rule as written, e.g. {@code greedy} or {@code equalshares/add1}; empty when not given. */
	public String rule() {
		return this.fields.getOrDefault("rule", "");
	}

	public LeftoverPolicy leftover() {
		LeftoverPolicy policy = LeftoverPolicy.parse(this.fields.getOrDefault("leftover_budget", ""));
		return policy == null ? LeftoverPolicy.NONE : policy;
	}

	/**
	 * The most the rule may spend per category: {@code budget_per_category}, or else
	 * {@code max_sum_cost_per_category}. The latter is a ballot limit in Pabulib's words, but in every Dutch file
	 * that has it the amounts add up to the whole budget (Oost 267, 332, 335) or equal the rule's limits (604,
	 * 605): the category budgets of the round. Empty when the file sets none.
	 */
	public Map<String, Long> categoryLimits() {
		String amounts = this.fields.get("budget_per_category");
		if (amounts == null || amounts.isBlank()) {
			amounts = this.fields.get("max_sum_cost_per_category");
		}
		return limits(this.fields.get("categories"), amounts);
	}

	/** The most the rule may spend per neighbourhood ({@code budget_per_neighborhood}, Centrum 252). */
	public Map<String, Long> neighbourhoodLimits() {
		return limits(this.fields.get("neighborhoods"), this.fields.get("budget_per_neighborhood"));
	}

	public @Nullable Integer minLength() {
		String value = this.fields.get("min_length");
		return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
	}

	public @Nullable Integer maxLength() {
		String value = this.fields.get("max_length");
		return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
	}

	static Map<String, Long> limits(@Nullable String names, @Nullable String amounts) {
		if (names == null || amounts == null || names.isBlank() || amounts.isBlank()) {
			return Map.of();
		}
		List<String> keys = List.of(names.split(","));
		List<String> values = List.of(amounts.split(","));
		if (keys.size() != values.size()) {
			return Map.of();
		}
		Map<String, Long> limits = new LinkedHashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			limits.put(keys.get(i).trim(), Numbers.amount(values.get(i)));
		}
		return Collections.unmodifiableMap(limits);
	}

}
