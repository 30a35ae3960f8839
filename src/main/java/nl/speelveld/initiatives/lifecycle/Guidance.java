package nl.speelveld.initiatives.lifecycle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.initiatives.InitiativeCompleted;
import nl.speelveld.initiatives.InitiativeStarted;
import nl.speelveld.initiatives.InitiativeStopped;
import nl.speelveld.initiatives.InitiativeSupportDecided;
import nl.speelveld.initiatives.InitiativeTakenIn;
import nl.speelveld.shared.Complaints;
import nl.speelveld.socialmap.Post;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens after submission: a professional takes the initiative in and guides it, the plan is worked
 * out, the gemeente decides on support with reasons, it runs, and it ends done (with outcome and
 * evaluation) or stopped (with a reason). Texts that explain a decision are required.
 */
@Service
public class Guidance {

	private final Moves moves;

	private final Actors actors;

	private final RulesStore rules;

	private final Permissions permissions;

	Guidance(Moves moves, Actors actors, RulesStore rules, Permissions permissions) {
		this.moves = moves;
		this.actors = actors;
		this.rules = rules;
		this.permissions = permissions;
	}

	/** Takes the initiative in, from the post named or else the first post of this person reaching its place. */
	@Transactional
	public void takeIn(UUID id, @Nullable UUID postId, @Nullable String note) {
		Moves.Turn turn = this.moves.begin(id, Step.TAKE_IN);
		UUID user = this.permissions.currentUser().orElseThrow().value();
		List<Post> posts = this.actors.postsReaching(turn.initiative(), user);
		UUID post = posts.stream()
			.map(Post::id)
			.filter(candidate -> postId == null || candidate.equals(postId))
			.findFirst()
			.orElse(null);
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("taken_by", user);
		columns.put("taken_post", post);
		this.moves.move(turn, columns, optional(note),
				(initiative, area) -> new InitiativeTakenIn(initiative, area, this.moves.clock.instant()));
	}

	@Transactional
	public void toPlan(UUID id, @Nullable String note) {
		this.moves.move(this.moves.begin(id, Step.TO_PLAN), Map.of(), optional(note), (initiative, area) -> null);
	}

	@Transactional
	public Complaints grant(UUID id, @Nullable String amountText, @Nullable String reasons) {
		Moves.Turn turn = this.moves.begin(id, Step.GRANT);
		Complaints complaints = new Complaints();
		String why = required(complaints, "reasons", reasons);
		Integer amount = amount(complaints, turn.initiative(), amountText);
		if (complaints.isEmpty()) {
			Map<String, @Nullable Object> columns = new HashMap<>();
			columns.put("granted_amount", amount);
			columns.put("decided_by", this.permissions.currentUser().orElseThrow().value());
			this.moves.move(turn, columns, why, (initiative, area) -> new InitiativeSupportDecided(initiative, area, true,
					amount, this.moves.clock.instant()));
		}
		return complaints;
	}

	@Transactional
	public Complaints decline(UUID id, @Nullable String reasons) {
		Moves.Turn turn = this.moves.begin(id, Step.DECLINE);
		Complaints complaints = new Complaints();
		String why = required(complaints, "reasons", reasons);
		if (complaints.isEmpty()) {
			this.moves.move(turn, Map.of("decided_by", this.permissions.currentUser().orElseThrow().value()), why,
					(initiative, area) -> new InitiativeSupportDecided(initiative, area, false, null,
							this.moves.clock.instant()));
		}
		return complaints;
	}

	@Transactional
	public void start(UUID id) {
		this.moves.move(this.moves.begin(id, Step.START), Map.of(), null,
				(initiative, area) -> new InitiativeStarted(initiative, area, this.moves.clock.instant()));
	}

	@Transactional
	public Complaints complete(UUID id, @Nullable String outcome, @Nullable String liveability,
			@Nullable String cohesion, @Nullable String participants) {
		Moves.Turn turn = this.moves.begin(id, Step.COMPLETE);
		Complaints complaints = new Complaints();
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("outcome", required(complaints, "outcome", outcome));
		columns.put("evaluation_liveability", required(complaints, "liveability", liveability));
		columns.put("evaluation_cohesion", required(complaints, "cohesion", cohesion));
		columns.put("participants", count(complaints, participants));
		if (complaints.isEmpty()) {
			this.moves.move(turn, columns, null,
					(initiative, area) -> new InitiativeCompleted(initiative, area, this.moves.clock.instant()));
		}
		return complaints;
	}

	@Transactional
	public Complaints stop(UUID id, @Nullable String reason) {
		Moves.Turn turn = this.moves.begin(id, Step.STOP);
		Complaints complaints = new Complaints();
		String why = required(complaints, "reason", reason);
		if (complaints.isEmpty()) {
			this.moves.move(turn, Map.of("stop_reason", why), why,
					(initiative, area) -> new InitiativeStopped(initiative, area, this.moves.clock.instant()));
		}
		return complaints;
	}

	/** Money granted: up to what the plan asks and the gemeente's maximum; none when no money was asked. */
	private @Nullable Integer amount(Complaints complaints, Initiative initiative, @Nullable String text) {
		String value = IdeaChecks.clean(text).replace("€", "").replace(".", "").strip();
		if (value.isEmpty()) {
			if (initiative.plan().needs(SupportKind.MONEY)) {
				complaints.add("amount", "initiative.error.amount-empty");
			}
			return null;
		}
		long most = Math.min(initiative.plan().total(), this.rules.of(initiative.gemeente()).maxAmount());
		if (!value.matches("\\d{1,7}") || Long.parseLong(value) > most) {
			complaints.add("amount", "initiative.error.amount-invalid");
			return null;
		}
		return Integer.valueOf(value);
	}

	private static @Nullable Integer count(Complaints complaints, @Nullable String text) {
		String value = IdeaChecks.clean(text).replace(".", "");
		if (value.isEmpty()) {
			return null;
		}
		if (!value.matches("\\d{1,6}")) {
			complaints.add("participants", "initiative.error.participants-invalid");
			return null;
		}
		return Integer.valueOf(value);
	}

	static String required(Complaints complaints, String field, @Nullable String text) {
		String value = IdeaChecks.clean(text);
		if (value.length() < 5) {
			complaints.add(field, "initiative.error." + field + "-empty");
		}
		else if (value.length() > 4000) {
			complaints.add(field, "initiative.error.text-too-long");
		}
		return value;
	}

	private static @Nullable String optional(@Nullable String note) {
		String value = IdeaChecks.clean(note);
		return value.isEmpty() ? null : value.substring(0, Math.min(value.length(), 4000));
	}

}
