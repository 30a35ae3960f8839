package nl.speelveld.initiatives.lifecycle;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.initiatives.InitiativeStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves an initiative on by one step of its lifecycle: checks it, changes the status only if nobody moved
 * it first, writes the step into the history and tells the rest of Speelveld.
 */
@Component
class Moves {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final List<Actor> MOST_SPECIFIC_FIRST = List.of(Actor.INITIATOR, Actor.GUIDE, Actor.PROFESSIONAL,
			Actor.COORDINATOR);

	private final InitiativeStore store;

	private final Lifecycle lifecycle;

	private final Permissions permissions;

	private final ApplicationEventPublisher events;

	final Clock clock = Clock.system(AMSTERDAM);

	Moves(InitiativeStore store, Lifecycle lifecycle, Permissions permissions, ApplicationEventPublisher events) {
		this.store = store;
		this.lifecycle = lifecycle;
		this.permissions = permissions;
		this.events = events;
	}

	/** A step checked and about to be taken: the initiative as it was, and the parts the person plays. */
	record Turn(Initiative initiative, Step step, Set<Actor> who) {

		/** The part the person plays in the history when they play several: the most specific one. */
		Actor actor() {
			return MOST_SPECIFIC_FIRST.stream().filter(this.who::contains).filter(this.step::isFor).findFirst().orElseThrow();
		}

	}

	Turn begin(UUID id, Step step) {
		Initiative initiative = this.store.get(id);
		return new Turn(initiative, step, this.lifecycle.check(step, initiative));
	}

	/**
	 * Takes {@code step}, setting {@code columns} too, and publishes the event {@code event} makes from the
	 * initiative's id and area (none when it gives null).
	 */
	void move(Turn turn, Map<String, @Nullable Object> columns, @Nullable String text,
			BiFunction<UUID, AreaCode, @Nullable Object> event) {
		Initiative initiative = turn.initiative();
		InitiativeStatus to = turn.step().after(initiative.status());
		if (!this.store.move(initiative.id(), initiative.status(), to, columns)) {
			throw new StepRefused(turn.step(), this.store.get(initiative.id()).status());
		}
		this.store.addStep(initiative.id(), turn.step(), initiative.status(), to, turn.actor(),
				this.permissions.currentUser().map(user -> user.value()).orElse(null), text);
		Object published = event.apply(initiative.id(), initiative.area());
		if (published != null) {
			this.events.publishEvent(published);
		}
	}

}
