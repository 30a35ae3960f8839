package nl.speelveld.participation.discussion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.participation.moderation.Moderation;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes arguments and comments. What the viewer may not see never leaves the database: the text
 * and author of a hidden row are left out in the query itself, and held rows are read only for their author.
 */
@Repository
class DiscussionStore {

	/** The columns of an item as the viewer {@code :viewer} (or null) may see it. */
	private static final String SEEN = """
			id, case when moderation = 'hidden' then null else author_name end as author_name,
			case when moderation = 'hidden' then null else body end as body, moderation,
			case when moderation = 'hidden' then moderation_reason end as reason, created_at,
			coalesce(author_id = cast(:viewer as uuid), false) as mine""";

	private static final String SHOWN = "(moderation in ('visible', 'hidden') or (moderation = 'held' and author_id = cast(:viewer as uuid)))";

	private final JdbcClient jdbc;

	DiscussionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A proposal as discussions need it: its process, its title and whether it shows. */
	record Proposal(UUID id, UUID process, String title, Moderation moderation, @Nullable UUID author) {
	}

	Optional<Proposal> proposal(UUID id) {
		return this.jdbc.sql("select id, process_id, title, moderation, author_id from participation_proposal where id = ?")
			.param(id)
			.query((rs, n) -> new Proposal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					Moderation.fromKey(rs.getString(4)), rs.getObject(5, UUID.class)))
			.optional();
	}

	record Argument(Side side, DiscussionItem item) {
	}

	List<Argument> arguments(UUID proposal, @Nullable UUID viewer) {
		return this.jdbc.sql("select side, " + SEEN + " from participation_argument where proposal_id = :proposal and " + SHOWN
				+ " order by created_at, id")
			.param("proposal", proposal)
			.param("viewer", viewer)
			.query((rs, n) -> new Argument(Side.fromKey(rs.getString("side")).orElseThrow(), item(rs)))
			.list();
	}

	record Comment(@Nullable UUID parent, DiscussionItem item) {
	}

	List<Comment> comments(UUID proposal, @Nullable UUID viewer) {
		return this.jdbc.sql("select parent_id, " + SEEN + " from participation_comment where proposal_id = :proposal and " + SHOWN
				+ " order by created_at, id")
			.param("proposal", proposal)
			.param("viewer", viewer)
			.query((rs, n) -> new Comment(rs.getObject("parent_id", UUID.class), item(rs)))
			.list();
	}

	/** The proposal a comment belongs to and how it stands, for a reply. */
	record Parent(UUID proposal, Moderation moderation) {
	}

	Optional<Parent> parent(UUID comment) {
		return this.jdbc.sql("select proposal_id, moderation from participation_comment where id = ?")
			.param(comment)
			.query((rs, n) -> new Parent(rs.getObject(1, UUID.class), Moderation.fromKey(rs.getString(2))))
			.optional();
	}

	UUID addArgument(UUID proposal, UUID author, String authorName, Side side, String text, Moderation moderation) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into participation_argument (id, proposal_id, author_id, author_name, side, body, moderation)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, proposal, author, authorName, side.key(), text, moderation.key())
			.update();
		return id;
	}

	UUID addComment(UUID proposal, @Nullable UUID parent, UUID author, String authorName, String text, Moderation moderation) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into participation_comment (id, proposal_id, parent_id, author_id, author_name, body, moderation)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, proposal, parent, author, authorName, text, moderation.key())
			.update();
		return id;
	}

	private static DiscussionItem item(ResultSet rs) throws SQLException {
		return new DiscussionItem(rs.getObject("id", UUID.class), rs.getString("author_name"), rs.getString("body"),
				Moderation.fromKey(rs.getString("moderation")), rs.getString("reason"), rs.getTimestamp("created_at").toInstant(),
				rs.getBoolean("mine"), null);
	}

}
