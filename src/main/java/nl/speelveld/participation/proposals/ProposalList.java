package nl.speelveld.participation.proposals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.shared.database.KeptByRevision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The proposals of a process that the public sees, one page at a time: the page walks the index of the
 * order asked (newest first, or most supported), reading one row more than it shows to know whether a next
 * page exists; the count alongside stops at {@link #COUNT_CAP}, so that a process with tens of thousands of
 * proposals costs no more per page than one with a thousand. A page read is kept until the process's proposals
 * change on any node (V29): many open the same list at once, and each opening cost the database a millisecond.
 */
@Service
public class ProposalList {

	public static final int COUNT_CAP = 1000;

	private static final String COLUMNS = """
			id, process_id, title, left(split_part(body, chr(10), 1), 240) as summary_line, author_name, supporters,
			outcome, lat, lon, created_at""";

	private final JdbcClient jdbc;

	private final TransactionTemplate readOnly;

	/** Some 5 kB each: the first pages of the processes open now, in their orders and filters. */
	private final KeptByRevision<ProposalQuery, ProposalPage> kept = new KeptByRevision<>(2_000);

	ProposalList(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	public ProposalPage find(ProposalQuery query) {
		return this.kept.get(query, () -> revision(query.process()), () -> readPage(query));
	}

	private long revision(UUID process) {
		return this.jdbc.sql("select coalesce((select revision from participation_proposal_revision where process_id = ?), 0)")
			.param(process)
			.query(Long.class)
			.single();
	}

	private ProposalPage readPage(ProposalQuery query) {
		if (query.text() == null) {
			return read(query);
		}
		return this.readOnly.execute(status -> {
			// How many proposals a word matches decides between walking the order's index and the word's: a
			// prepared statement's plan, made once for any word, took the slowest of both (a third of the time).
			this.jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query(String.class).single();
			return read(query);
		});
	}

	/** The page's rows and the count in one statement: the count comes in every row, or alone past the last page. */
	private ProposalPage read(ProposalQuery query) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(query, parameters);
		parameters.put("rows", query.size() + 1);
		parameters.put("offset", query.offset());
		parameters.put("cap", COUNT_CAP + 1);
		String order = query.order() == ProposalQuery.Order.SUPPORTED ? "supporters desc, created_at desc, id"
				: "created_at desc, id";
		List<ListedProposal> rows = new ArrayList<>();
		long[] total = { 0 };
		this.jdbc.sql("""
				select c.total, p.* from (select count(*) as total from (select 1 from participation_proposal
				                          where %1$s limit :cap) counted) c
				left join lateral (select %2$s from participation_proposal where %1$s order by %3$s
				                   limit :rows offset :offset) p on true
				order by %3$s""".formatted(where, COLUMNS, order))
			.params(parameters)
			.query(rs -> {
				total[0] = rs.getLong("total");
				if (rs.getObject("id") != null) {
					rows.add(listed(rs));
				}
			});
		boolean hasNext = rows.size() > query.size();
		if (hasNext) {
			rows.remove(rows.size() - 1);
		}
		boolean capped = total[0] > COUNT_CAP;
		return new ProposalPage(rows, capped ? COUNT_CAP : total[0], capped, hasNext, query.page(), query.size());
	}

	private static String where(ProposalQuery query, Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder("process_id = :process and moderation = 'visible'");
		parameters.put("process", query.process());
		switch (query.show()) {
			case ALL -> {
			}
			case ANSWERED -> where.append(" and outcome is not null");
			case UNANSWERED -> where.append(" and outcome is null");
			default -> {
				where.append(" and outcome = :outcome");
				parameters.put("outcome", query.show().key());
			}
		}
		if (query.text() != null) {
			where.append(" and search @@ websearch_to_tsquery('dutch', :text)");
			parameters.put("text", query.text());
		}
		return where.toString();
	}

	private static ListedProposal listed(ResultSet rs) throws SQLException {
		String outcome = rs.getString("outcome");
		return new ListedProposal(rs.getObject("id", UUID.class), rs.getObject("process_id", UUID.class),
				rs.getString("title"), rs.getString("summary_line"), rs.getString("author_name"), rs.getInt("supporters"),
				outcome == null ? null : Outcome.fromKey(outcome).orElseThrow(), (Double) rs.getObject("lat"),
				(Double) rs.getObject("lon"), rs.getTimestamp("created_at").toInstant());
	}

}
