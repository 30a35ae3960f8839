package nl.speelveld.participation.discussion;

import java.util.List;

/** A comment in the thread at its level (1 to 3), with the replies shown under it. */
public record CommentNode(DiscussionItem comment, int level, List<CommentNode> replies) {
}
