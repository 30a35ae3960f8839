package nl.speelveld.participation.moderation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.Notice;
import nl.speelveld.accounts.Notifications;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.ContentHidden;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessStore;
import nl.speelveld.shared.Complaints;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A moderator acts on items of the queue, one or several at once with one reason: approve held items, hide
 * items, or dismiss reports. All items must lie in areas the moderator moderates in, or nothing changes.
 * A hidden item keeps its row, so that moderation can be accounted for, but its text no longer shows; its
 * author hears why in their digest. Every action is audited and kept in the trail of its area.
 */
@Service
public class Moderating {

	public static final int REASON_LENGTH = 500;

	private static final String TOPIC = "participation";

	private final Items items;

	private final ProcessStore processes;

	private final Permissions permissions;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	Moderating(Items items, ProcessStore processes, Permissions permissions, Notifications notifications,
			ApplicationEventPublisher events, JdbcClient jdbc) {
		this.items = items;
		this.processes = processes;
		this.permissions = permissions;
		this.notifications = notifications;
		this.events = events;
		this.jdbc = jdbc;
	}

	/** What came of an action: what was wrong with the form, or how many items changed. */
	public record Outcome(Complaints complaints, int changed) {
	}

	/**
	 * Acts on the items {@code refs} names ({@code comment:<id>} and so on). Refuses with 403 when one of them
	 * lies outside the moderator's areas, and with 404 when one does not exist.
	 */
	@Transactional
	public Outcome act(@Nullable String action, List<String> refs, @Nullable String reason) {
		UserId moderator = this.permissions.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		if (!this.permissions.isModerator()) {
			throw new AccessDeniedException("Only moderators act on the moderation queue");
		}
		Map<ModeratedItem, Process> chosen = new LinkedHashMap<>();
		for (String ref : refs) {
			ModeratedItem item = parse(ref).flatMap(found -> this.items.find(found.kind(), found.id()))
				.orElseThrow(ItemNotFound::new);
			Process process = this.processes.get(item.process());
			if (!this.permissions.canModerate(process.area())) {
				throw new AccessDeniedException("This item lies outside the areas this moderator moderates in");
			}
			chosen.put(item, process);
		}
		Optional<ModerationAction> what = action == null ? Optional.empty() : ModerationAction.fromKey(action);
		String why = reason == null ? "" : reason.strip();
		Complaints complaints = new Complaints();
		if (chosen.isEmpty()) {
			complaints.add("items", "moderation.problem.none-chosen");
		}
		if (what.isEmpty()) {
			complaints.add("action", "moderation.problem.action");
		}
		if (what.filter(ModerationAction.HIDE::equals).isPresent() && why.isEmpty()) {
			complaints.add("reason", "moderation.problem.reason");
		}
		if (why.length() > REASON_LENGTH) {
			complaints.add("reason", "moderation.problem.reason-too-long");
		}
		if (!complaints.isEmpty()) {
			return new Outcome(complaints, 0);
		}
		int changed = 0;
		for (var entry : chosen.entrySet()) {
			if (apply(what.get(), entry.getKey(), entry.getValue(), why.isEmpty() ? null : why, moderator)) {
				changed++;
			}
		}
		return new Outcome(complaints, changed);
	}

	private boolean apply(ModerationAction action, ModeratedItem item, Process process, @Nullable String reason, UserId moderator) {
		boolean done = switch (action) {
			case APPROVE -> {
				if (item.moderation() != Moderation.HELD) {
					yield closeReports(item, moderator, "dismissed") > 0;
				}
				boolean moved = this.items.move(item, Moderation.HELD, Moderation.VISIBLE, null);
				if (moved) {
					closeReports(item, moderator, "dismissed");
				}
				yield moved;
			}
			case HIDE -> {
				boolean moved = item.moderation() != Moderation.HIDDEN
						&& this.items.move(item, item.moderation(), Moderation.HIDDEN, reason);
				if (moved) {
					closeReports(item, moderator, "hidden");
				}
				yield moved;
			}
			case DISMISS -> closeReports(item, moderator, "dismissed") > 0;
		};
		if (!done) {
			return false;
		}
		ModerationAction recorded = action == ModerationAction.APPROVE && item.moderation() != Moderation.HELD
				? ModerationAction.DISMISS : action;
		this.jdbc.sql("""
				insert into participation_moderation_action (id, moderator_id, action, content_kind, content_id, process_id,
					area_code, reason) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), moderator.value(), recorded.done(), item.kind().key(), item.id(), process.id(),
					process.area().value(), reason)
			.update();
		Map<String, String> details = new LinkedHashMap<>();
		details.put("process", process.id().toString());
		if (reason != null) {
			details.put("reason", reason);
		}
		this.permissions.audit("participation-content-" + recorded.done(), "participation-" + item.kind().key(), item.id(), details);
		if (recorded == ModerationAction.HIDE) {
			tellAuthor(item, "moderation.notice.hidden." + item.kind().key(), process, reason);
			this.events.publishEvent(new ContentHidden(process.id(), process.area(), item.kind().key(), item.id()));
		}
		else if (recorded == ModerationAction.APPROVE) {
			tellAuthor(item, "moderation.notice.approved." + item.kind().key(), process, null);
		}
		return true;
	}

	/** Marks the open reports on the item as handled; how many there were. */
	private int closeReports(ModeratedItem item, UserId moderator, String handled) {
		return this.jdbc.sql("""
				update participation_report set handled = ?, handled_by = ?, handled_at = now()
				where content_kind = ? and content_id = ? and handled is null""")
			.params(handled, moderator.value(), item.kind().key(), item.id())
			.update();
	}

	private void tellAuthor(ModeratedItem item, String key, Process process, @Nullable String reason) {
		if (item.authorId() == null) {
			return;
		}
		List<String> arguments = new ArrayList<>(List.of(process.title()));
		if (reason != null) {
			arguments.add(reason);
		}
		this.notifications.notify(new UserId(item.authorId()),
				Notice.of(TOPIC, key, item.link(), arguments.toArray(String[]::new)));
	}

	private static Optional<Ref> parse(String ref) {
		int colon = ref.indexOf(':');
		if (colon < 0) {
			return Optional.empty();
		}
		try {
			UUID id = UUID.fromString(ref.substring(colon + 1));
			return ContentKind.fromKey(ref.substring(0, colon)).map(kind -> new Ref(kind, id));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	private record Ref(ContentKind kind, UUID id) {
	}

}
