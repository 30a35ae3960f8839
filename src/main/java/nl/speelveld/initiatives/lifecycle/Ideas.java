package nl.speelveld.initiatives.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaLookup;
import nl.speelveld.areas.Areas;
import nl.speelveld.initiatives.lifecycle.Initiative.Plan;
import nl.speelveld.shared.Complaints;
import nl.speelveld.shared.Problem;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident starts an idea and works out its plan: what, where, when, the goal, the activities, the
 * support needed and the budget. The place is a postcode; the map shows the postcode's centre, never an
 * address. Bad input changes nothing and says what to fix, per field.
 */
@Service
public class Ideas {

	/** The new idea's id, or what is wrong with the form. */
	public record Created(@Nullable UUID id, Complaints complaints) {
	}

	private static final int SIMILAR_SHOWN = 5;

	private final InitiativeStore store;

	private final Lifecycle lifecycle;

	private final Areas areas;

	private final Permissions permissions;

	private final Similar similar;

	Ideas(InitiativeStore store, Lifecycle lifecycle, Areas areas, Permissions permissions, Similar similar) {
		this.similar = similar;
		this.store = store;
		this.lifecycle = lifecycle;
		this.areas = areas;
		this.permissions = permissions;
	}

	@Transactional
	public Created create(IdeaForm form) {
		UserId user = this.permissions.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		IdeaChecks checks = new IdeaChecks(form);
		String title = checks.title();
		String summary = checks.summary();
		String name = checks.initiatorName();
		LocalDate startsOn = checks.startsOn();
		Plan plan = checks.plan();
		Place place = place(form.postcode(), checks.complaints());
		if (!checks.complaints().isEmpty() || place == null) {
			return new Created(null, checks.complaints());
		}
		UUID id = UUID.randomUUID();
		this.store.insert(id, title, summary, name, user.value(), place.lookup().finest().code(), place.centre().lat(),
				place.centre().lon(), startsOn);
		this.store.updateIdea(id, title, summary, name, startsOn, plan);
		this.store.addStep(id, null, null, nl.speelveld.initiatives.InitiativeStatus.IDEA, Actor.INITIATOR,
				user.value(), null);
		return new Created(id, checks.complaints());
	}

	@Transactional
	public Complaints edit(UUID id, IdeaForm form) {
		Initiative initiative = this.store.get(id);
		this.lifecycle.check(Step.EDIT_PLAN, initiative);
		IdeaChecks checks = new IdeaChecks(form);
		String title = checks.title();
		String summary = checks.summary();
		String name = checks.initiatorName();
		LocalDate startsOn = checks.startsOn();
		Plan plan = checks.plan();
		if (checks.complaints().isEmpty()) {
			this.store.updateIdea(id, title, summary, name, startsOn, plan);
		}
		return checks.complaints();
	}

	/** Initiatives like the one in the form near its postcode (or near the initiative itself, when editing). */
	public List<Similar.SimilarInitiative> similarTo(IdeaForm form, @Nullable Initiative editing) {
		String text = IdeaChecks.clean(form.title()) + " " + IdeaChecks.clean(form.summary()) + " "
				+ IdeaChecks.clean(form.goal());
		if (text.isBlank()) {
			return List.of();
		}
		if (editing != null) {
			return this.similar.near(text, editing.lat(), editing.lon(), editing.id(), SIMILAR_SHOWN);
		}
		try {
			Area.Position centre = this.areas.centreOfPostcode(IdeaChecks.clean(form.postcode()));
			return this.similar.near(text, centre.lat(), centre.lon(), null, SIMILAR_SHOWN);
		}
		catch (Problem noPlace) {
			return List.of();
		}
	}

	private record Place(AreaLookup lookup, Area.Position centre) {
	}

	private @Nullable Place place(@Nullable String postcode, Complaints complaints) {
		String value = IdeaChecks.clean(postcode);
		if (value.isEmpty()) {
			complaints.add("postcode", "initiative.error.postcode-empty");
			return null;
		}
		try {
			return new Place(this.areas.lookupPostcode(value, null), this.areas.centreOfPostcode(value));
		}
		catch (Problem unknown) {
			complaints.add("postcode", "initiative.error.postcode-unknown");
			return null;
		}
	}

}
