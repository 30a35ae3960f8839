package nl.speelveld.participation.processes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The processes of an area and all its parts: open ones first, then closed ones, newest change first.
 * Drafts are left out: they are not public until their owner opens them.
 */
@Service
public class ProcessListing {

	public static final int PAGE_SIZE = 20;

	private static final int MOST_PAGES = 500;

	private final JdbcClient jdbc;

	private final Areas areas;

	ProcessListing(JdbcClient jdbc, Areas areas) {
		this.jdbc = jdbc;
		this.areas = areas;
	}

	/** The page of processes in {@code area} (null: everywhere), optionally only open or only closed ones. */
	public Found find(@Nullable AreaCode area, @Nullable ProcessStatus status, int page) {
		if (page < 0 || page > MOST_PAGES) {
			throw new ListingRefused("participation.problem.bad-page", String.valueOf(MOST_PAGES));
		}
		if (status == ProcessStatus.DRAFT) {
			throw new ListingRefused("participation.problem.bad-status");
		}
		Map<String, Object> parameters = new HashMap<>();
		StringBuilder where = new StringBuilder("p.status <> 'draft'");
		if (area != null && area.level() == AreaLevel.KERN) {
			where.append(" and p.area_code = :code");
			parameters.put("code", area.value());
		}
		else if (area != null) {
			String key = area.value().substring(2);
			where.append(" and p.area_key ~>=~ :inside and p.area_key ~<~ :beyond");
			parameters.put("inside", key);
			parameters.put("beyond", key.substring(0, key.length() - 1) + (char) (key.charAt(key.length() - 1) + 1));
		}
		if (status != null) {
			where.append(" and p.status = :status");
			parameters.put("status", status.key());
		}
		parameters.put("size", PAGE_SIZE);
		parameters.put("offset", page * PAGE_SIZE);
		List<ListedProcess> items = this.jdbc.sql("""
				select p.id, p.title, p.question, p.area_code, p.rung, p.legal_basis, p.status, ph.kind, ph.title as phase_title,
					ph.ends_on
				from participation_process p
				left join participation_phase ph on ph.process_id = p.id and ph.position = p.current_phase
				where\s""" + where + " order by p.status = 'closed', p.updated_at desc, p.id limit :size offset :offset")
			.params(parameters)
			.query((rs, n) -> listed(rs))
			.list();
		long total = this.jdbc.sql("select count(*) from participation_process p where " + where)
			.params(parameters)
			.query(Long.class)
			.single();
		return new Found(items, total, page);
	}

	private ListedProcess listed(ResultSet rs) throws SQLException {
		AreaCode area = new AreaCode(rs.getString("area_code"));
		String kind = rs.getString("kind");
		var endsOn = rs.getDate("ends_on");
		return new ListedProcess(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("question"), area,
				this.areas.summary(area).map(AreaSummary::name).orElse(area.value()),
				Rung.fromKey(rs.getString("rung")).orElseThrow(), LegalBasis.fromKey(rs.getString("legal_basis")).orElseThrow(),
				ProcessStatus.fromKey(rs.getString("status")), kind == null ? null : PhaseKind.fromKey(kind).orElseThrow(),
				rs.getString("phase_title"), endsOn == null ? null : endsOn.toLocalDate());
	}

	/** One page of processes and how many there are in all. */
	public record Found(List<ListedProcess> items, long total, int page) {

		public boolean hasNext() {
			return (long) (this.page + 1) * PAGE_SIZE < this.total;
		}

	}

	/** A list asked for in a way it cannot be answered: a page out of range, an unknown status. */
	public static class ListingRefused extends nl.speelveld.shared.Problem {

		public ListingRefused(String key, Object... arguments) {
			super(Kind.BAD_INPUT, key, arguments);
		}

	}

}
