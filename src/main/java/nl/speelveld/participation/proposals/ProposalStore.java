package nl.speelveld.participation.proposals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.participation.moderation.Moderation;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes proposals with their photos; the photos' bytes only when one is asked for. */
@Repository
public class ProposalStore {

	private static final String COLUMNS = """
			id, process_id, author_id, author_name, title, body, area_code, lat, lon, supporters, moderation,
			moderation_reason, outcome, outcome_reason, council_decision, answered_at, created_at""";

	private final JdbcClient jdbc;

	ProposalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The proposal in this process, whatever its moderation. */
	public Optional<Proposal> find(UUID process, UUID id) {
		List<Proposal.Image> images = this.jdbc
			.sql("select position, alt from participation_proposal_image where proposal_id = ? order by position")
			.param(id)
			.query((rs, n) -> new Proposal.Image(rs.getInt(1), rs.getString(2)))
			.list();
		return this.jdbc.sql("select " + COLUMNS + " from participation_proposal where id = ? and process_id = ?")
			.params(id, process)
			.query((rs, n) -> proposal(rs, images))
			.optional();
	}

	void insert(UUID id, UUID process, UUID author, String authorName, String title, String body,
			@Nullable Place place, Moderation moderation) {
		this.jdbc.sql("""
				insert into participation_proposal (id, process_id, author_id, author_name, title, body, area_code, lat, lon,
					moderation)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, process, author, authorName, title, body, place == null ? null : place.area(),
					place == null ? null : place.lat(), place == null ? null : place.lon(), moderation.key())
			.update();
	}

	void insertImage(UUID proposal, int position, byte[] jpeg, String alt) {
		this.jdbc.sql("insert into participation_proposal_image (proposal_id, position, jpeg, alt) values (?, ?, ?, ?)")
			.params(proposal, position, jpeg, alt)
			.update();
	}

	/** A photo's bytes, only of a proposal that the public sees. */
	public Optional<byte[]> publicImage(UUID process, UUID proposal, int position) {
		return this.jdbc.sql("""
				select i.jpeg from participation_proposal_image i join participation_proposal p on p.id = i.proposal_id
				where p.id = ? and p.process_id = ? and i.position = ? and p.moderation = 'visible'""")
			.params(proposal, process, position)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	/** A photo's bytes whatever the moderation: for the author and the moderators of a held proposal. */
	public Optional<byte[]> image(UUID process, UUID proposal, int position) {
		return this.jdbc.sql("""
				select i.jpeg from participation_proposal_image i join participation_proposal p on p.id = i.proposal_id
				where p.id = ? and p.process_id = ? and i.position = ?""")
			.params(proposal, process, position)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	/** The author's own proposals in a process that the public does not see yet, newest first. */
	public List<Proposal> heldOf(UUID process, UUID author) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from participation_proposal where author_id = ? and process_id = ? and moderation = 'held'
				order by created_at desc limit 20""")
			.params(author, process)
			.query((rs, n) -> proposal(rs, List.of()))
			.list();
	}

	static Proposal proposal(ResultSet rs, List<Proposal.Image> images) throws SQLException {
		String outcome = rs.getString("outcome");
		Timestamp answeredAt = rs.getTimestamp("answered_at");
		return new Proposal(rs.getObject("id", UUID.class), rs.getObject("process_id", UUID.class),
				rs.getObject("author_id", UUID.class), rs.getString("author_name"), rs.getString("title"),
				rs.getString("body"), rs.getString("area_code"), (Double) rs.getObject("lat"), (Double) rs.getObject("lon"),
				rs.getInt("supporters"), Moderation.fromKey(rs.getString("moderation")), rs.getString("moderation_reason"),
				outcome == null ? null : Outcome.fromKey(outcome).orElseThrow(), rs.getString("outcome_reason"),
				rs.getString("council_decision"), answeredAt == null ? null : answeredAt.toInstant(),
				rs.getTimestamp("created_at").toInstant(), images);
	}

	/** Where a proposal is: the finest area found there and the point. */
	record Place(String area, double lat, double lon) {
	}

}
