package nl.speelveld.participation.discussion;

import java.util.UUID;

import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.processes.Process;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Proposals, arguments and comments for tests, written straight into the database. */
@Component
public class DiscussionFixture {

	private final JdbcClient jdbc;

	DiscussionFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A visible proposal in the process, by {@code author} (or nobody). */
	public UUID proposal(Process process, @Nullable UserId author, String title) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into participation_proposal (id, process_id, author_id, author_name, title, body)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, process.id(), author == null ? null : author.value(), "Indiener", title, "Een voorstel voor de buurt.")
			.update();
		return id;
	}

	public UUID comment(UUID proposal, @Nullable UUID parent, @Nullable UserId author, String name, String text, String moderation) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into participation_comment (id, proposal_id, parent_id, author_id, author_name, body, moderation)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, proposal, parent, author == null ? null : author.value(), name, text, moderation)
			.update();
		return id;
	}

	public UUID argument(UUID proposal, @Nullable UserId author, String name, String side, String text) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into participation_argument (id, proposal_id, author_id, author_name, side, body)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, proposal, author == null ? null : author.value(), name, side, text)
			.update();
		return id;
	}

	/** How an argument or comment stands with the moderators now. */
	public String moderation(String table, UUID id) {
		return this.jdbc.sql("select moderation from " + table + " where id = ?").param(id).query(String.class).single();
	}

}
