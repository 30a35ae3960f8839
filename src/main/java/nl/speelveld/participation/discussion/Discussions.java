package nl.speelveld.participation.discussion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.ArgumentGiven;
import nl.speelveld.participation.CommentPosted;
import nl.speelveld.participation.discussion.DiscussionStore.Comment;
import nl.speelveld.participation.discussion.DiscussionStore.Proposal;
import nl.speelveld.participation.moderation.Moderation;
import nl.speelveld.participation.moderation.Screening;
import nl.speelveld.participation.processes.Contribution;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.TakingPart;
import nl.speelveld.shared.Complaints;
import nl.speelveld.shared.security.FormGuard;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussion of a proposal: arguments for and against it, and comments with replies. Every write passes
 * the process's gate first, then the guard against spam, and is screened: it shows at once, or waits for a
 * moderator. The thread shows three levels; deeper replies line up at the third, saying whom they answer.
 */
@Service
public class Discussions {

	public static final int ARGUMENT_LENGTH = 1000;

	public static final int COMMENT_LENGTH = 2000;

	static final int DEEPEST = 3;

	private final DiscussionStore store;

	private final TakingPart takingPart;

	private final Screening screening;

	private final Permissions permissions;

	private final FormGuard guard;

	private final ApplicationEventPublisher events;

	Discussions(DiscussionStore store, TakingPart takingPart, Screening screening, Permissions permissions, FormGuard guard,
			ApplicationEventPublisher events) {
		this.store = store;
		this.takingPart = takingPart;
		this.screening = screening;
		this.permissions = permissions;
		this.guard = guard;
		this.events = events;
	}

	/** A write that was stored under {@code id}, or refused with what is wrong (and nothing stored). */
	public record Written(@Nullable UUID id, Complaints complaints) {

		static Written refused(Complaints complaints) {
			return new Written(null, complaints);
		}

	}

	/** The discussion of the proposal as the person looking may see it. */
	public Discussion of(Process process, UUID proposal) {
		@Nullable UUID viewer = viewer();
		proposalIn(process, proposal, viewer);
		List<DiscussionItem> forIt = new ArrayList<>();
		List<DiscussionItem> against = new ArrayList<>();
		this.store.arguments(proposal, viewer).forEach(argument -> (argument.side() == Side.FOR ? forIt : against).add(argument.item()));
		List<Comment> comments = this.store.comments(proposal, viewer);
		return new Discussion(forIt, against, thread(comments), comments.size(), this.guard.stamp());
	}

	/** The title of the proposal, or null when a moderator hid it; 404 for one the person may not see. */
	public @Nullable String title(Process process, UUID proposal) {
		Proposal found = proposalIn(process, proposal, viewer());
		return found.moderation() == Moderation.HIDDEN ? null : found.title();
	}

	/** A comment of this proposal that shows, for the reply form; 400 for any other. */
	public DiscussionItem replyTarget(Process process, UUID proposal, UUID comment) {
		proposalIn(process, proposal, viewer());
		return this.store.comments(proposal, viewer())
			.stream()
			.map(Comment::item)
			.filter(item -> item.id().equals(comment) && item.moderation() == Moderation.VISIBLE)
			.findFirst()
			.orElseThrow(ReplyRefused::new);
	}

	@Transactional
	public Written argue(Process process, UUID proposal, @Nullable String side, @Nullable String text, FormGuard.Verdict guard) {
		UserId author = this.takingPart.check(process, Contribution.ARGUE);
		openProposal(process, proposal, author);
		Complaints complaints = guarded(guard);
		if (!complaints.isEmpty()) {
			return Written.refused(complaints);
		}
		Side chosen = side == null ? null : Side.fromKey(side).orElse(null);
		if (chosen == null) {
			complaints.add("side", "discussion.problem.side");
		}
		String said = text(complaints, text, ARGUMENT_LENGTH, "discussion.problem.argument-too-long");
		if (!complaints.isEmpty()) {
			return Written.refused(complaints);
		}
		Moderation moderation = this.screening.verdict(process, author, said);
		UUID id = this.store.addArgument(proposal, author.value(), name(author), chosen, said, moderation);
		this.events.publishEvent(new ArgumentGiven(process.id(), process.area(), proposal, id, chosen.key()));
		return new Written(id, complaints);
	}

	@Transactional
	public Written comment(Process process, UUID proposal, @Nullable UUID parent, @Nullable String text, FormGuard.Verdict guard) {
		UserId author = this.takingPart.check(process, Contribution.COMMENT);
		openProposal(process, proposal, author);
		if (parent != null) {
			var found = this.store.parent(parent);
			if (found.isEmpty() || !found.get().proposal().equals(proposal) || found.get().moderation() != Moderation.VISIBLE) {
				throw new ReplyRefused();
			}
		}
		Complaints complaints = guarded(guard);
		if (!complaints.isEmpty()) {
			return Written.refused(complaints);
		}
		String said = text(complaints, text, COMMENT_LENGTH, "discussion.problem.comment-too-long");
		if (!complaints.isEmpty()) {
			return Written.refused(complaints);
		}
		Moderation moderation = this.screening.verdict(process, author, said);
		UUID id = this.store.addComment(proposal, parent, author.value(), name(author), said, moderation);
		this.events.publishEvent(new CommentPosted(process.id(), process.area(), proposal, id, parent != null));
		return new Written(id, complaints);
	}

	private static Complaints guarded(FormGuard.Verdict guard) {
		Complaints complaints = new Complaints();
		if (!guard.passed()) {
			complaints.add("guard", guard.refusal());
		}
		return complaints;
	}

	/** The text, stripped; a complaint when it is empty or too long. */
	private static String text(Complaints complaints, @Nullable String text, int longest, String tooLong) {
		String said = text == null ? "" : text.strip();
		if (said.isEmpty()) {
			complaints.add("text", "discussion.problem.text-empty");
		}
		else if (said.length() > longest) {
			complaints.add("text", tooLong);
		}
		return said;
	}

	private Proposal proposalIn(Process process, UUID proposal, @Nullable UUID viewer) {
		Proposal found = this.store.proposal(proposal)
			.filter(candidate -> candidate.process().equals(process.id()))
			.orElseThrow(ProposalNotFound::new);
		// a proposal that waits for a moderator: for its author and for those who moderate its area
		if (found.moderation() == Moderation.HELD && (viewer == null || !viewer.equals(found.author()))
				&& !this.permissions.canModerate(process.area())) {
			throw new ProposalNotFound();
		}
		return found;
	}

	/** Arguments and comments go only to a proposal that shows in public. */
	private void openProposal(Process process, UUID proposal, UserId author) {
		if (proposalIn(process, proposal, author.value()).moderation() != Moderation.VISIBLE) {
			throw new ProposalNotFound();
		}
	}

	private String name(UserId author) {
		return this.permissions.shownName(author).orElse("");
	}

	private @Nullable UUID viewer() {
		return this.permissions.currentUser().map(UserId::value).orElse(null);
	}

	/** The comments as a thread of at most {@link #DEEPEST} levels; a reply to one that does not show starts its own. */
	static List<CommentNode> thread(List<Comment> comments) {
		Set<UUID> shown = comments.stream().map(comment -> comment.item().id()).collect(Collectors.toSet());
		Map<UUID, List<Comment>> children = new HashMap<>();
		Map<UUID, DiscussionItem> byId = new HashMap<>();
		List<Comment> roots = new ArrayList<>();
		for (Comment comment : comments) {
			byId.put(comment.item().id(), comment.item());
			if (comment.parent() == null || !shown.contains(comment.parent())) {
				roots.add(comment);
			}
			else {
				children.computeIfAbsent(comment.parent(), parent -> new ArrayList<>()).add(comment);
			}
		}
		return level(roots, 1, children, byId);
	}

	private static List<CommentNode> level(List<Comment> comments, int level, Map<UUID, List<Comment>> children,
			Map<UUID, DiscussionItem> byId) {
		List<CommentNode> nodes = new ArrayList<>();
		for (Comment comment : comments) {
			List<Comment> replies = children.getOrDefault(comment.item().id(), List.of());
			if (level < DEEPEST) {
				nodes.add(new CommentNode(comment.item(), level, level(replies, level + 1, children, byId)));
				continue;
			}
			nodes.add(new CommentNode(comment.item(), level, List.of()));
			List<Comment> deeper = new ArrayList<>();
			descendants(replies, children, deeper);
			deeper.sort(Comparator.comparing((Comment reply) -> reply.item().at()).thenComparing(reply -> reply.item().id()));
			for (Comment reply : deeper) {
				DiscussionItem answered = byId.get(reply.parent());
				nodes.add(new CommentNode(reply.item().replyingTo(answered == null ? null : answered.authorName()), level, List.of()));
			}
		}
		return nodes;
	}

	private static void descendants(List<Comment> replies, Map<UUID, List<Comment>> children, List<Comment> into) {
		for (Comment reply : replies) {
			into.add(reply);
			descendants(children.getOrDefault(reply.item().id(), List.of()), children, into);
		}
	}

}
