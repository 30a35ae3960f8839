package nl.speelveld.participation;

import java.util.UUID;

import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.processes.Process;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Proposals for tests, written straight into the database, visible unless asked otherwise. */
@Component
public class ProposalFixture {

	private final JdbcClient jdbc;

	ProposalFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A visible proposal of {@code author} in the process, at the centre of Groningen's Centrum. */
	public UUID proposal(Process process, @Nullable UserId author, String title) {
		return proposal(process, author, title, "visible");
	}

	public UUID proposal(Process process, @Nullable UserId author, String title, String moderation) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into participation_proposal (id, process_id, author_id, author_name, title, body, area_code, lat, lon, moderation)
				values (?, ?, ?, 'Buurvrouw', ?, 'Een voorstel voor de buurt, met uitleg waarom het goed is.', ?, 53.2190, 6.5680, ?)""")
			.params(id, process.id(), author == null ? null : author.value(), title, process.area().value(), moderation)
			.update();
		return id;
	}

	public int supporters(UUID proposal) {
		return this.jdbc.sql("select supporters from participation_proposal where id = ?").param(proposal).query(Integer.class).single();
	}

}
