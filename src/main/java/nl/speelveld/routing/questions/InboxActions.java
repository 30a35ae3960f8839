package nl.speelveld.routing.questions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.accounts.UserId;
import nl.speelveld.roles.Roles;
import nl.speelveld.routing.QuestionClosed;
import nl.speelveld.routing.QuestionHandedOff;
import nl.speelveld.routing.QuestionOutcome;
import nl.speelveld.shared.Complaints;
import nl.speelveld.shared.mail.Mailer;
import nl.speelveld.socialmap.Post;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the holder of a question's post does with it: accept it, answer it (the resident gets the answer by
 * mail), hand it on warmly with a note (the resident hears who takes over and why, the new post's holders
 * find it in their inbox with a new due date), or close it with an outcome. Each step is allowed only from
 * the statuses it makes sense in; bad input changes nothing.
 */
@Service
public class InboxActions {

	public static final int MOST_CHARACTERS = 4000;

	/** The outcomes a professional can choose; a withdrawal is the resident's. */
	public static final Set<QuestionOutcome> CLOSING = EnumSet.of(QuestionOutcome.HELPED, QuestionOutcome.REFERRED,
			QuestionOutcome.NO_RESPONSE, QuestionOutcome.NOT_FOR_US);

	/** The result of a hand-off: the post that took the question over, or what is wrong. */
	public record HandOff(@Nullable PostLabel to, Complaints complaints) {
	}

	private final Inbox inbox;

	private final QuestionStore store;

	private final Holders holders;

	private final PostLabels labels;

	private final HandOffTargets targets;

	private final ResponseTerms terms;

	private final Roles roles;

	private final QuestionMails mails;

	private final Mailer mailer;

	private final QuestionSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.system(LeavingQuestions.AMSTERDAM);

	InboxActions(Inbox inbox, QuestionStore store, Holders holders, PostLabels labels, HandOffTargets targets,
			ResponseTerms terms, Roles roles, QuestionMails mails, Mailer mailer, QuestionSettings settings,
			ApplicationEventPublisher events) {
		this.inbox = inbox;
		this.store = store;
		this.holders = holders;
		this.labels = labels;
		this.targets = targets;
		this.terms = terms;
		this.roles = roles;
		this.mails = mails;
		this.mailer = mailer;
		this.settings = settings;
		this.events = events;
	}

	@Transactional
	public void accept(UUID id, UserId user) {
		Question question = this.inbox.held(id, user);
		if (!this.store.respond(question, Set.of(QuestionStatus.DELIVERED), QuestionStatus.ACCEPTED, StepKind.ACCEPTED,
				null, this.clock.instant())) {
			throw new QuestionMovedOn();
		}
	}

	@Transactional
	public Complaints answer(UUID id, UserId user, @Nullable String text) {
		Question question = this.inbox.held(id, user);
		Complaints complaints = new Complaints();
		String answer = text == null ? "" : text.strip();
		check(complaints, "answer", answer, true, "inbox.error.answer-empty", "inbox.error.answer-too-long");
		if (!complaints.isEmpty()) {
			return complaints;
		}
		if (!this.store.respond(question, QuestionStatus.OPEN, QuestionStatus.ANSWERED, StepKind.ANSWERED, answer,
				this.clock.instant())) {
			throw new QuestionMovedOn();
		}
		if (question.email() != null) {
			PostLabel by = this.labels.of(question.post(), question.roleCode(), question.locale());
			this.mailer.send(this.mails.answered(question.email(), question.locale(), by, answer, newLink(question)));
		}
		return complaints;
	}

	/** Hands the question to {@code postId}, or to the best post of {@code roleCode} for its place. */
	@Transactional
	public HandOff handOff(UUID id, UserId user, @Nullable String postId, @Nullable String roleCode,
			@Nullable String text, Locale locale) {
		Question question = this.inbox.held(id, user);
		if (!question.isOpen()) {
			throw new QuestionMovedOn();
		}
		Complaints complaints = new Complaints();
		LocalDate today = LocalDate.now(this.clock);
		Optional<Post> target = target(question, postId, roleCode, today, complaints);
		String note = text == null ? "" : text.strip();
		String noteField = postId != null && !postId.isBlank() ? "note-post" : "note-role";
		check(complaints, noteField, note, true, "inbox.error.note-empty", "inbox.error.note-too-long");
		if (!complaints.isEmpty() || target.isEmpty()) {
			return new HandOff(null, complaints);
		}
		Post to = target.get();
		Instant now = this.clock.instant();
		LocalDate dueOn = this.terms.dueOn(to.organisation().id(), today);
		if (!this.store.handOff(question, to.id(), to.roleCode(), note, dueOn, now)) {
			throw new QuestionMovedOn();
		}
		this.events.publishEvent(new QuestionHandedOff(question.id(), question.post(), question.roleCode(), to.id(),
				to.roleCode(), now));
		if (question.email() != null) {
			this.mailer.send(this.mails.handedOff(question.email(), question.locale(),
					this.labels.of(question.post(), question.roleCode(), question.locale()),
					this.labels.of(to, question.locale()), note, newLink(question)));
		}
		for (var holder : this.holders.addressees(to)) {
			this.mailer.send(this.mails.arrived(holder, this.labels.of(to, holder.locale()),
					this.labels.of(question.post(), question.roleCode(), holder.locale()), dueOn, question.id()));
		}
		return new HandOff(this.labels.of(to, locale), complaints);
	}

	@Transactional
	public Complaints close(UUID id, UserId user, @Nullable String outcomeKey, @Nullable String text) {
		Question question = this.inbox.held(id, user);
		Complaints complaints = new Complaints();
		Optional<QuestionOutcome> outcome = QuestionOutcome.fromKey(outcomeKey == null ? "" : outcomeKey)
			.filter(CLOSING::contains);
		if (outcome.isEmpty()) {
			complaints.add("outcome", "inbox.error.outcome");
		}
		String note = text == null ? "" : text.strip();
		check(complaints, "close-note", note, false, "", "inbox.error.note-too-long");
		if (!complaints.isEmpty()) {
			return complaints;
		}
		Instant now = this.clock.instant();
		if (!this.store.close(question, outcome.get(), note.isEmpty() ? null : note, now)) {
			throw new QuestionMovedOn();
		}
		Instant firstResponse = question.firstResponseAt() == null ? now : question.firstResponseAt();
		this.events.publishEvent(new QuestionClosed(question.id(), outcome.get(), now,
				QuestionEvents.timeToFirstResponse(firstResponse, this.store.steps(question.id()))));
		if (question.email() != null) {
			LocalDate deletedAfter = LocalDate.ofInstant(now, LeavingQuestions.AMSTERDAM).plus(this.settings.retention());
			this.mailer.send(this.mails.closed(question.email(), question.locale(),
					this.labels.of(question.post(), question.roleCode(), question.locale()), outcome.get(),
					note.isEmpty() ? null : note, deletedAfter, newLink(question)));
		}
		return complaints;
	}

	private Optional<Post> target(Question question, @Nullable String postId, @Nullable String roleCode, LocalDate today,
			Complaints complaints) {
		if (postId != null && !postId.isBlank()) {
			Optional<Post> post = parse(postId).flatMap(id -> this.targets.post(question, id, today));
			if (post.isEmpty()) {
				complaints.add("to-post", "inbox.error.post-unavailable");
			}
			return post;
		}
		if (roleCode != null && !roleCode.isBlank()) {
			if (this.roles.find(roleCode).isEmpty()) {
				complaints.add("to-role", "inbox.error.role-unknown");
				return Optional.empty();
			}
			Optional<Post> post = this.targets.bestOfRole(question, roleCode, today);
			if (post.isEmpty()) {
				complaints.add("to-role", "inbox.error.no-post-for-role");
			}
			return post;
		}
		complaints.add("to-post", "inbox.error.no-target");
		return Optional.empty();
	}

	/** A new link to the status page for the mail about to be sent; the earlier ones keep working. */
	private String newLink(Question question) {
		String token = QuestionLinks.newToken();
		this.store.addLink(question.id(), QuestionLinks.hash(token));
		return token;
	}

	private static void check(Complaints complaints, String field, String text, boolean required, String emptyKey,
			String tooLongKey) {
		if (required && text.isEmpty()) {
			complaints.add(field, emptyKey);
		}
		else if (text.length() > MOST_CHARACTERS) {
			complaints.add(field, tooLongKey);
		}
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

}
