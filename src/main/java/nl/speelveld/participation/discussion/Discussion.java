package nl.speelveld.participation.discussion;

import java.util.List;

/**
 * The discussion of a proposal as the viewer may see it: arguments for and against, the comment thread,
 * and the stamp the forms carry against spam.
 */
public record Discussion(List<DiscussionItem> argumentsFor, List<DiscussionItem> argumentsAgainst, List<CommentNode> comments,
		int commentCount, String stamp) {
}
