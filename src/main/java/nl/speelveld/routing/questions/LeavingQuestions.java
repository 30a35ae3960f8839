package nl.speelveld.routing.questions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.routing.QuestionClosed;
import nl.speelveld.routing.QuestionOutcome;
import nl.speelveld.routing.QuestionRouted;
import nl.speelveld.shared.Complaints;
import nl.speelveld.shared.mail.Mailer;
import nl.speelveld.socialmap.Post;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident leaves a question with a post: checked, stored as waiting for confirmation, and a link mailed.
 * The link confirms it (on a button, as mail scanners open links) and stays the resident's status page,
 * from which they can also withdraw the question, which deletes its text and their address at once.
 */
@Service
public class LeavingQuestions {

	public static final int MOST_CHARACTERS = 2000;

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	/** The first step checked: to whom the question goes, and what is wrong so far. */
	public record Draft(@Nullable PostLabel to, @Nullable String areaName, Complaints complaints) {

		public boolean hasRecipient() {
			return this.to != null && this.areaName != null;
		}

	}

	/** A question left, or not: then the complaints say why, or {@code retryAfter} that it was too many. */
	public record Left(Draft draft, boolean stored, Duration retryAfter) {
	}

	public enum Confirmation {

		CONFIRMED, ALREADY, EXPIRED, UNAVAILABLE, UNKNOWN

	}

	private final QuestionStore store;

	private final Holders holders;

	private final PostLabels labels;

	private final Areas areas;

	private final ResponseTerms terms;

	private final QuestionMails mails;

	private final Mailer mailer;

	private final QuestionLimits limits;

	private final QuestionSettings settings;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	LeavingQuestions(QuestionStore store, Holders holders, PostLabels labels, Areas areas, ResponseTerms terms,
			QuestionMails mails, Mailer mailer, QuestionLimits limits, QuestionSettings settings,
			ApplicationEventPublisher events, MessageSource messages) {
		this.store = store;
		this.holders = holders;
		this.labels = labels;
		this.areas = areas;
		this.terms = terms;
		this.mails = mails;
		this.mailer = mailer;
		this.limits = limits;
		this.settings = settings;
		this.events = events;
		this.messages = messages;
		this.clock = Clock.system(AMSTERDAM);
	}

	/** Checks the place, the post and the text as the wegwijzer passed them on. */
	public Draft draft(LeaveForm form, Locale locale) {
		Complaints complaints = new Complaints();
		Optional<Post> post = recipient(form, complaints);
		Optional<AreaSummary> area = AreaCode.tryParse(form.areaValue()).flatMap(this.areas::summary);
		if (area.isEmpty()) {
			complaints.add("recipient", "question.error.area-unknown");
		}
		String text = form.questionText();
		if (text.isEmpty()) {
			complaints.add("question", "question.error.question-empty");
		}
		else if (text.length() > MOST_CHARACTERS) {
			complaints.add("question", "question.error.question-too-long");
		}
		return new Draft(post.map(found -> this.labels.of(found, locale)).orElse(null),
				area.map(AreaSummary::name).orElse(null), complaints);
	}

	/** Stores the question as waiting for confirmation and mails the link, or says what is wrong. */
	@Transactional
	public Left leave(LeaveForm form, String client, Locale locale) {
		Draft draft = draft(form, locale);
		Complaints complaints = draft.complaints();
		String email = form.emailAddress();
		if (email.isEmpty()) {
			complaints.add("email", "question.error.email-empty");
		}
		else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
			complaints.add("email", "question.error.email-invalid");
		}
		if (!form.consented()) {
			complaints.add("consent", "question.error.consent");
		}
		if (!complaints.isEmpty()) {
			return new Left(draft, false, Duration.ZERO);
		}
		Duration wait = this.limits.hit(client, email);
		if (!wait.isZero()) {
			return new Left(draft, false, wait);
		}
		Post post = this.holders.post(UUID.fromString(form.postValue())).orElseThrow();
		String token = QuestionLinks.newToken();
		UUID id = UUID.randomUUID();
		this.store.insertUnverified(id, QuestionLinks.hash(token), form.questionText(), email, locale,
				new AreaCode(form.areaValue()), post.id(), post.roleCode());
		this.mailer.send(this.mails.confirm(email, locale, this.labels.of(post, locale), token,
				this.settings.unverifiedFor().toHours()));
		return new Left(draft, true, Duration.ZERO);
	}

	/** The status page behind a link, if the link leads to a question. */
	@Transactional(readOnly = true)
	public Optional<StatusPage> status(String token, Locale locale) {
		return find(token).map(question -> statusPage(question, locale));
	}

	/**
	 * Delivers a question its resident confirmed to the post it was left with. Twice is harmless; a link
	 * older than the confirmation period, or a post that can no longer receive it, delivers nothing.
	 */
	@Transactional
	public Confirmation confirm(String token) {
		Optional<Question> found = find(token);
		if (found.isEmpty()) {
			return Confirmation.UNKNOWN;
		}
		Question question = found.get();
		if (question.status() != QuestionStatus.UNVERIFIED) {
			return Confirmation.ALREADY;
		}
		Instant now = this.clock.instant();
		if (isExpired(question, now)) {
			return Confirmation.EXPIRED;
		}
		LocalDate today = LocalDate.now(this.clock);
		Optional<Post> post = this.holders.post(question.post()).filter(held -> this.holders.canReceive(held, today));
		if (post.isEmpty()) {
			this.store.withdraw(question, now);
			return Confirmation.UNAVAILABLE;
		}
		LocalDate dueOn = this.terms.dueOn(post.get().organisation().id(), today);
		if (!this.store.deliver(question, dueOn, now)) {
			return Confirmation.ALREADY;
		}
		this.events.publishEvent(new QuestionRouted(question.id(), question.roleCode(), question.area(), question.post(), now));
		for (var holder : this.holders.addressees(post.get())) {
			this.mailer.send(this.mails.arrived(holder, this.labels.of(post.get(), holder.locale()), null, dueOn, question.id()));
		}
		return Confirmation.CONFIRMED;
	}

	/** Withdraws the question and deletes its text, the answers and the address at once. */
	@Transactional
	public boolean withdraw(String token) {
		Optional<Question> found = find(token);
		if (found.isEmpty()) {
			return false;
		}
		Question question = found.get();
		Instant now = this.clock.instant();
		if (this.store.withdraw(question, now)) {
			this.events.publishEvent(new QuestionClosed(question.id(), QuestionOutcome.WITHDRAWN, now,
					QuestionEvents.timeToFirstResponse(question.firstResponseAt(), this.store.steps(question.id()))));
		}
		return true;
	}

	/**
	 * Withdraws every question left with this address, as when a person with that address has their account
	 * erased: the texts and the address go, the open questions close as withdrawn.
	 */
	@Transactional
	public int withdrawAllOf(String email) {
		List<Question> found = this.store.byEmail(email);
		Instant now = this.clock.instant();
		for (Question question : found) {
			if (this.store.withdraw(question, now)) {
				this.events.publishEvent(new QuestionClosed(question.id(), QuestionOutcome.WITHDRAWN, now,
						QuestionEvents.timeToFirstResponse(question.firstResponseAt(), this.store.steps(question.id()))));
			}
		}
		return found.size();
	}

	/** The retention period in words, for the consent text: 6 maanden. */
	public String retention(Locale locale) {
		Period period = this.settings.retention().normalized();
		List<String> parts = new ArrayList<>();
		if (period.getYears() > 0) {
			parts.add(this.messages.getMessage("question.period.years", new Object[] { period.getYears() }, locale));
		}
		if (period.getMonths() > 0) {
			parts.add(this.messages.getMessage("question.period.months", new Object[] { period.getMonths() }, locale));
		}
		if (period.getDays() > 0) {
			parts.add(this.messages.getMessage("question.period.days", new Object[] { period.getDays() }, locale));
		}
		return String.join(this.messages.getMessage("question.period.and", null, locale), parts);
	}

	public long confirmWithinHours() {
		return this.settings.unverifiedFor().toHours();
	}

	private StatusPage statusPage(Question question, Locale locale) {
		List<StatusPage.Line> history = this.store.steps(question.id())
			.stream()
			.map(step -> new StatusPage.Line(step, this.labels.of(step.post(), step.roleCode(), locale),
					step.toPost() == null ? null
							: this.labels.of(step.toPost(), step.toRoleCode() == null ? "" : step.toRoleCode(), locale)))
			.toList();
		LocalDate deletedAfter = question.closedAt() == null ? null
				: LocalDate.ofInstant(question.closedAt(), AMSTERDAM).plus(this.settings.retention());
		String areaName = this.areas.summary(question.area()).map(AreaSummary::name).orElse(question.area().value());
		return new StatusPage(question, this.labels.of(question.post(), question.roleCode(), locale), history,
				deletedAfter, isExpired(question, this.clock.instant()), areaName);
	}

	private boolean isExpired(Question question, Instant now) {
		return question.status() == QuestionStatus.UNVERIFIED
				&& question.createdAt().plus(this.settings.unverifiedFor()).isBefore(now);
	}

	private Optional<Question> find(String token) {
		if (!QuestionLinks.looksValid(token)) {
			return Optional.empty();
		}
		return this.store.byTokenHash(QuestionLinks.hash(token));
	}

	/** The post as passed on, if it exists under that role and can receive questions today. */
	private Optional<Post> recipient(LeaveForm form, Complaints complaints) {
		Optional<Post> post = parse(form.postValue()).flatMap(this.holders::post)
			.filter(found -> form.roleValue().isEmpty() || found.roleCode().equals(form.roleValue()))
			.filter(found -> this.holders.canReceive(found, LocalDate.now(this.clock)));
		if (post.isEmpty()) {
			complaints.add("recipient", "question.error.post-unavailable");
		}
		return post;
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

}
