package nl.speelveld.routing.questions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.roles.Roles;
import nl.speelveld.socialmap.Post;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A professional's inbox: the questions held by the posts they own or work in, open ones by due date and
 * those closed in the last month. Only the holders of the post that has a question now may read it or act
 * on it; the steps themselves are in {@link InboxActions}.
 */
@Service
public class Inbox {

	static final Duration RECENTLY_CLOSED = Duration.ofDays(30);

	private static final int MOST_ROWS = 200;

	/** A question in the list: the post that holds it, the place, and how long it has waited. */
	public record Row(Question question, PostLabel post, String areaName, LocalDate receivedOn, long ageDays,
			boolean overdue) {
	}

	public record Listing(List<Row> open, List<Row> closed, int posts) {
	}

	/** A question opened, with what the holder can do with it. */
	public record Detail(Question question, PostLabel holder, String areaName, List<StatusPage.Line> history,
			boolean overdue, List<Option> posts, List<Option> roles) {
	}

	/** A choice in a list: a post or a role to hand the question to. */
	public record Option(String value, String label) {
	}

	private final QuestionStore store;

	private final Holders holders;

	private final PostLabels labels;

	private final Areas areas;

	private final Roles roles;

	private final HandOffTargets targets;

	private final Clock clock = Clock.system(LeavingQuestions.AMSTERDAM);

	Inbox(QuestionStore store, Holders holders, PostLabels labels, Areas areas, Roles roles, HandOffTargets targets) {
		this.store = store;
		this.holders = holders;
		this.labels = labels;
		this.areas = areas;
		this.roles = roles;
		this.targets = targets;
	}

	@Transactional(readOnly = true)
	public Listing list(UserId user, Locale locale) {
		Map<UUID, Post> posts = this.holders.postsOf(user)
			.stream()
			.collect(Collectors.toMap(Post::id, Function.identity(), (a, b) -> a));
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		Function<Question, Row> row = question -> new Row(question, this.labels.of(posts.get(question.post()), locale),
				areaName(question.area()), received(question), ChronoUnit.DAYS.between(received(question), today),
				question.isOverdue(today));
		List<Row> open = this.store.ofPosts(posts.keySet(), true, now, MOST_ROWS).stream().map(row).toList();
		List<Row> closed = this.store.ofPosts(posts.keySet(), false, now.minus(RECENTLY_CLOSED), MOST_ROWS)
			.stream()
			.map(row)
			.toList();
		return new Listing(open, closed, posts.size());
	}

	@Transactional(readOnly = true)
	public Detail detail(UUID id, UserId user, Locale locale) {
		Question question = held(id, user);
		LocalDate today = LocalDate.now(this.clock);
		List<StatusPage.Line> history = this.store.steps(id)
			.stream()
			.map(step -> new StatusPage.Line(step, this.labels.of(step.post(), step.roleCode(), locale),
					step.toPost() == null ? null
							: this.labels.of(step.toPost(), step.toRoleCode() == null ? "" : step.toRoleCode(), locale)))
			.toList();
		List<Option> posts = question.isOpen() ? this.targets.posts(question, today)
			.stream()
			.map(post -> this.labels.of(post, locale))
			.map(label -> new Option(label.id().toString(), label.name() + " (" + label.roleName() + ", "
					+ label.organisationName() + ")"))
			.toList() : List.of();
		List<Option> roles = question.isOpen() ? this.roles.all()
			.stream()
			.map(role -> new Option(role.code(), role.name(locale)))
			.sorted(Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER))
			.toList() : List.of();
		return new Detail(question, this.labels.of(question.post(), question.roleCode(), locale), areaName(question.area()),
				history, question.isOverdue(today), posts, roles);
	}

	/**
	 * The question, if this person holds the post that has it now. A question nobody confirmed has reached no
	 * inbox and is not found; someone else's is refused.
	 */
	Question held(UUID id, UserId user) {
		Question question = this.store.byId(id)
			.filter(found -> found.status() != QuestionStatus.UNVERIFIED)
			.orElseThrow(() -> new QuestionNotFound(id));
		boolean holds = this.holders.post(question.post()).map(post -> this.holders.holds(user, post)).orElse(false);
		if (!holds) {
			throw new AccessDeniedException("The question is held by a post of someone else");
		}
		return question;
	}

	private LocalDate received(Question question) {
		Instant at = question.deliveredAt() == null ? question.createdAt() : question.deliveredAt();
		return LocalDate.ofInstant(at, LeavingQuestions.AMSTERDAM);
	}

	private String areaName(AreaCode area) {
		return this.areas.summary(area).map(AreaSummary::name).orElse(area.value());
	}

}
