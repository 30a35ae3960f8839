package nl.speelveld.participation.challenges;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLookup;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.participation.ChallengeSubmitted;
import nl.speelveld.shared.Complaints;
import nl.speelveld.shared.Problem;
import nl.speelveld.shared.ratelimit.RateLimit;
import nl.speelveld.shared.ratelimit.RateLimiter;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in resident submits a request on behalf of a group: the area first (a CBS code or a postcode),
 * so that the form can show that gemeente's criteria and period before anything is sent. The criteria of
 * the moment are kept with the request, for its assessment. Bad input stores nothing and says per field
 * what to fix; a handful of requests a day per account is plenty, more is refused.
 */
@Service
public class Requests {

	/** Requests per account per day: a group asks once, a few typing mistakes aside. */
	static final RateLimit PER_ACCOUNT = new RateLimit(5, Duration.ofDays(1));

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	/** The new request's id; or what is wrong with the form, or that the account asked too often today. */
	public record Submitted(@Nullable UUID id, Complaints complaints, boolean limited) {
	}

	private final ChallengeStore store;

	private final ChallengeRulesStore rules;

	private final Areas areas;

	private final Permissions permissions;

	private final RateLimiter limiter;

	private final ChallengeNotices notices;

	private final ApplicationEventPublisher events;

	Requests(ChallengeStore store, ChallengeRulesStore rules, Areas areas, Permissions permissions, RateLimiter limiter,
			ChallengeNotices notices, ApplicationEventPublisher events) {
		this.store = store;
		this.rules = rules;
		this.areas = areas;
		this.permissions = permissions;
		this.limiter = limiter;
		this.notices = notices;
		this.events = events;
	}

	/**
	 * The area a resident means by a CBS code (GM, WK or BU) or a postcode; for a postcode its wijk, the
	 * scale at which municipal tasks are handed over. Null, with a complaint on {@code gebied}, when unknown.
	 */
	public @Nullable AreaSummary place(@Nullable String gebied, Complaints complaints) {
		String text = Texts.clean(gebied);
		if (text.isEmpty()) {
			complaints.add("gebied", "challenge.error.gebied-empty");
			return null;
		}
		var code = AreaCode.tryParse(text.toUpperCase(Locale.ROOT));
		if (code.isPresent()) {
			var found = this.areas.summary(code.get());
			if (found.isPresent()) {
				return found.get();
			}
		}
		else if (Areas.looksLikePostcode(text)) {
			try {
				AreaLookup lookup = this.areas.lookupPostcode(text, null);
				return lookup.wijk() != null ? lookup.wijk() : lookup.gemeente();
			}
			catch (Problem unknown) {
				// said below, like an unknown code
			}
		}
		complaints.add("gebied", "challenge.error.gebied-unknown");
		return null;
	}

	@Transactional
	public Submitted submit(ChallengeForm form) {
		UserId user = this.permissions.currentUser().orElseThrow(() -> new AccessDeniedException("Sign in to submit a request"));
		Complaints complaints = new Complaints();
		AreaSummary area = place(form.gebied(), complaints);
		if (area == null) {
			return new Submitted(null, complaints, false);
		}
		ChallengeForm.Checked request = form.check(area.code(), complaints);
		if (request == null) {
			return new Submitted(null, complaints, false);
		}
		if (!this.limiter.hit("challenge:user:" + user, PER_ACCOUNT).allowed()) {
			complaints.add("task", "challenge.error.too-many");
			return new Submitted(null, complaints, true);
		}
		ChallengeRules local = this.rules.of(area.code().gemeente().value(), DUTCH);
		LocalDate due = LocalDate.now(ChallengeSteps.AMSTERDAM).plusWeeks(local.decisionWeeks());
		UUID id = UUID.randomUUID();
		this.store.insert(id, request, user.value(), due, local.criteria());
		this.store.addStep(id, "submit", null, ChallengeStatus.SUBMITTED, Actor.REQUESTER, user.value(), null);
		this.notices.moved(this.store.get(id));
		this.events.publishEvent(new ChallengeSubmitted(id, area.code(), request.domain().key()));
		return new Submitted(id, complaints, false);
	}

}
