package nl.speelveld.initiatives.lifecycle;

import static nl.speelveld.initiatives.InitiativeStatus.DONE;
import static nl.speelveld.initiatives.InitiativeStatus.IDEA;
import static nl.speelveld.initiatives.InitiativeStatus.INTAKE;
import static nl.speelveld.initiatives.InitiativeStatus.PLAN;
import static nl.speelveld.initiatives.InitiativeStatus.RUNNING;
import static nl.speelveld.initiatives.InitiativeStatus.STOPPED;
import static nl.speelveld.initiatives.InitiativeStatus.SUBMITTED;
import static nl.speelveld.initiatives.InitiativeStatus.SUPPORTED;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import nl.speelveld.initiatives.InitiativeStatus;
import org.jspecify.annotations.Nullable;

/**
 * Everything that can be done to an initiative: from which statuses, by whom, and to which status it leads
 * (none for work that leaves the status as it is). This table is the whole lifecycle; {@link Lifecycle}
 * enforces it.
 */
public enum Step {

	SUBMIT(EnumSet.of(IDEA), SUBMITTED, EnumSet.of(Actor.INITIATOR)),
	TAKE_IN(EnumSet.of(SUBMITTED), INTAKE, EnumSet.of(Actor.PROFESSIONAL, Actor.COORDINATOR)),
	TO_PLAN(EnumSet.of(INTAKE), PLAN, EnumSet.of(Actor.GUIDE, Actor.COORDINATOR)),
	GRANT(EnumSet.of(PLAN), SUPPORTED, EnumSet.of(Actor.GUIDE, Actor.COORDINATOR)),
	DECLINE(EnumSet.of(PLAN), InitiativeStatus.DECLINED, EnumSet.of(Actor.GUIDE, Actor.COORDINATOR)),
	START(EnumSet.of(SUPPORTED), RUNNING, EnumSet.of(Actor.INITIATOR, Actor.GUIDE)),
	COMPLETE(EnumSet.of(RUNNING), DONE, EnumSet.of(Actor.INITIATOR, Actor.GUIDE)),
	STOP(EnumSet.of(IDEA, SUBMITTED, INTAKE, PLAN, SUPPORTED, RUNNING), STOPPED,
			EnumSet.of(Actor.INITIATOR, Actor.GUIDE, Actor.COORDINATOR)),
	EDIT_PLAN(EnumSet.of(IDEA, INTAKE, PLAN), null, EnumSet.of(Actor.INITIATOR, Actor.GUIDE)),
	POST_UPDATE(EnumSet.of(SUPPORTED, RUNNING), null, EnumSet.of(Actor.INITIATOR, Actor.GUIDE)),
	LINK_ASSET(EnumSet.of(IDEA, SUBMITTED, INTAKE, PLAN, SUPPORTED, RUNNING), null,
			EnumSet.of(Actor.INITIATOR, Actor.GUIDE, Actor.COORDINATOR));

	private final Set<InitiativeStatus> from;

	private final @Nullable InitiativeStatus to;

	private final Set<Actor> by;

	Step(Set<InitiativeStatus> from, @Nullable InitiativeStatus to, Set<Actor> by) {
		this.from = from;
		this.to = to;
		this.by = by;
	}

	public boolean allowedFrom(InitiativeStatus status) {
		return this.from.contains(status);
	}

	public boolean allowedFor(Set<Actor> actors) {
		return actors.stream().anyMatch(this.by::contains);
	}

	public boolean isFor(Actor actor) {
		return this.by.contains(actor);
	}

	/** The status after this step; the same status for work that does not move the initiative on. */
	public InitiativeStatus after(InitiativeStatus status) {
		return this.to == null ? status : this.to;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
