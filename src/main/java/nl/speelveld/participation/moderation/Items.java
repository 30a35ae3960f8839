package nl.speelveld.participation.moderation;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and changes the moderation of one proposal, argument or comment, whatever its kind. */
@Repository
public class Items {

	private final JdbcClient jdbc;

	Items(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ModeratedItem> find(ContentKind kind, UUID id) {
		String proposal = kind == ContentKind.PROPOSAL ? "i.id" : "i.proposal_id";
		String process = kind == ContentKind.PROPOSAL ? "i.process_id" : "pr.process_id";
		String join = kind == ContentKind.PROPOSAL ? "" : " join participation_proposal pr on pr.id = i.proposal_id";
		String text = kind == ContentKind.PROPOSAL ? "i.title || E'\\n\\n' || i.body" : "i.body";
		return this.jdbc.sql("select i.id, " + process + " as process_id, " + proposal + " as proposal_id, i.author_id, i.author_name, "
				+ text + " as text, i.moderation, i.moderation_reason, i.created_at from " + kind.table() + " i" + join
				+ " where i.id = ?")
			.param(id)
			.query((rs, n) -> new ModeratedItem(kind, rs.getObject("id", UUID.class), rs.getObject("process_id", UUID.class),
					rs.getObject("proposal_id", UUID.class), rs.getObject("author_id", UUID.class), rs.getString("author_name"),
					rs.getString("text"), Moderation.fromKey(rs.getString("moderation")), rs.getString("moderation_reason"),
					rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	/**
	 * Moves the item from {@code from} to {@code to}, with a reason when hidden; false when it no longer
	 * stands as {@code from} (another moderator was first).
	 */
	boolean move(ModeratedItem item, Moderation from, Moderation to, @Nullable String reason) {
		return this.jdbc.sql("update " + item.kind().table() + " set moderation = ?, moderation_reason = ? where id = ? and moderation = ?")
			.params(to.key(), reason, item.id(), from.key())
			.update() == 1;
	}

}
