package nl.speelveld.participation.processes;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.shared.database.KeptByRevision;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes processes with their phases. A phase change names the phase it comes from, so that of
 * two owners pressing at once only one moves the process on.
 */
@Repository
public class ProcessStore {

	private static final String COLUMNS = """
			id, area_code, title, question, description, rung, influence, legal_basis, owner_name, owner_id,
			eligibility, premoderation, components, status, current_phase, report, updated_at""";

	private final JdbcClient jdbc;

	/** Every page of a process reads it, and processes change seldom: see V28. */
	private final KeptByRevision<UUID, Optional<Process>> kept = new KeptByRevision<>(1_000);

	ProcessStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Process> byId(UUID id) {
		return this.kept.get(id, this::revision, () -> read(id));
	}

	/** The process as it is at {@code revision}, read just before; see {@link #revision()}. */
	public Optional<Process> byId(UUID id, long revision) {
		return this.kept.get(id, revision, () -> read(id));
	}

	/** The revision of processes and rounds, raised by every change to them on any node. */
	public long revision() {
		return this.jdbc.sql("select revision from participation_revision").query(Long.class).single();
	}

	private Optional<Process> read(UUID id) {
		// The phases first, not from inside the row mapper: a query there takes a second connection while the first
		// is still held, and under load requests holding one each then wait for each other until the pool's timeout.
		List<Phase> phases = phasesOf(id);
		return this.jdbc.sql("select " + COLUMNS + " from participation_process where id = ?")
			.param(id)
			.query((rs, n) -> process(rs, phases))
			.optional();
	}

	/** The process or a 404 that says so. */
	public Process get(UUID id) {
		return byId(id).orElseThrow(() -> new ProcessNotFound(id));
	}

	public Process get(UUID id, long revision) {
		return byId(id, revision).orElseThrow(() -> new ProcessNotFound(id));
	}

	List<Phase> phasesOf(UUID process) {
		return this.jdbc.sql("""
				select position, kind, title, description, starts_on, ends_on from participation_phase
				where process_id = ? order by position""")
			.param(process)
			.query((rs, n) -> new Phase(rs.getInt("position"), PhaseKind.fromKey(rs.getString("kind")).orElseThrow(),
					rs.getString("title"), rs.getString("description"), rs.getDate("starts_on").toLocalDate(),
					rs.getDate("ends_on").toLocalDate()))
			.list();
	}

	@Transactional
	public void save(ProcessDraft draft, UUID id, @Nullable UUID owner) {
		int changed = this.jdbc.sql("""
				update participation_process set area_code = ?, gemeente = ?, title = ?, question = ?, description = ?,
					rung = ?, influence = ?, legal_basis = ?, owner_name = ?, eligibility = ?, premoderation = ?,
					components = ?,
					updated_at = now()
				where id = ?""")
			.params(draft.area().value(), draft.area().gemeente().value(), draft.title(), draft.question(),
					draft.description(), draft.rung().key(), draft.influence(), draft.legalBasis().key(),
					draft.ownerName(), draft.eligibility().key(), draft.premoderation().key(),
					draft.components().toArray(String[]::new), id)
			.update();
		if (changed == 0) {
			this.jdbc.sql("""
					insert into participation_process (id, area_code, gemeente, title, question, description, rung,
						influence, legal_basis, owner_name, owner_id, eligibility, premoderation, components, status)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft')""")
				.params(id, draft.area().value(), draft.area().gemeente().value(), draft.title(), draft.question(),
						draft.description(), draft.rung().key(), draft.influence(), draft.legalBasis().key(),
						draft.ownerName(), owner, draft.eligibility().key(), draft.premoderation().key(),
						draft.components().toArray(String[]::new))
				.update();
		}
		this.jdbc.sql("delete from participation_phase where process_id = ?").param(id).update();
		for (Phase phase : draft.phases()) {
			this.jdbc.sql("""
					insert into participation_phase (process_id, position, kind, title, description, starts_on, ends_on)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, phase.position(), phase.kind().key(), phase.title(), phase.description(),
						Date.valueOf(phase.startsOn()), Date.valueOf(phase.endsOn()))
				.update();
		}
	}

	/**
	 * Puts {@code draft} in place of the processes with its title, open in its first phase: for the synthetic
	 * data sets the benchmarks write, whose title marks what an earlier run wrote. Never for production.
	 */
	@Transactional
	public void replaceOpen(ProcessDraft draft, UUID id) {
		this.jdbc.sql("delete from participation_process where title = ?").param(draft.title()).update();
		save(draft, id, null);
		this.jdbc.sql("update participation_process set status = 'open', current_phase = 0 where id = ?").param(id).update();
	}

	/**
	 * Moves the process from the phase it was read in to {@code next} (or closes it when {@code next} is
	 * null); false when someone else moved it first.
	 */
	boolean move(Process from, ProcessStatus status, @Nullable Integer next, UUID by) {
		int changed = this.jdbc.sql("""
				update participation_process set status = ?, current_phase = ?, updated_at = now()
				where id = ? and status = ? and current_phase is not distinct from ?""")
			.params(status.key(), next, from.id(), from.status().key(), from.currentPhase())
			.update();
		if (changed == 1) {
			this.jdbc.sql("insert into participation_process_step (process_id, phase, status, by_id) values (?, ?, ?, ?)")
				.params(from.id(), next, status.key(), by)
				.update();
		}
		return changed == 1;
	}

	void report(UUID process, String report) {
		this.jdbc.sql("update participation_process set report = ?, updated_at = now() where id = ?")
			.params(report, process)
			.update();
	}

	/** Whether this account said it lives in the area of this process. */
	boolean isResident(UUID process, UUID account) {
		return this.jdbc.sql("select count(*) from participation_residency where process_id = ? and account_id = ?")
			.params(process, account)
			.query(Integer.class)
			.single() > 0;
	}

	void declareResidency(UUID process, UUID account, String pc4) {
		this.jdbc.sql("""
				insert into participation_residency (process_id, account_id, postcode) values (?, ?, ?)
				on conflict (process_id, account_id) do update set postcode = excluded.postcode, declared_at = now()""")
			.params(process, account, pc4)
			.update();
	}

	/**
	 * The processes in these areas and their parts, drafts included, newest change first: what a coordinator
	 * runs. Null areas: all of them, for an administrator.
	 */
	public List<Process> inAreas(@Nullable List<AreaCode> areas, int limit) {
		String where = areas == null ? "true" : "area_key like any(:patterns)";
		var query = this.jdbc.sql("select " + COLUMNS + " from participation_process where " + where
				+ " order by status = 'closed', updated_at desc limit :limit")
			.param("limit", limit);
		if (areas != null) {
			query = query.param("patterns", areas.stream().map(area -> area.value().substring(2) + "%").toArray(String[]::new));
		}
		return query.query((rs, n) -> process(rs, List.of())).list();
	}

	/** The phase changes of a process, oldest first, for its history. */
	public List<ProcessStep> steps(UUID process) {
		return this.jdbc.sql("""
				select s.at, s.phase, s.status, ph.kind, ph.title from participation_process_step s
				left join participation_phase ph on ph.process_id = s.process_id and ph.position = s.phase
				where s.process_id = ? order by s.at""")
			.param(process)
			.query((rs, n) -> new ProcessStep(rs.getTimestamp("at").toInstant(), ProcessStatus.fromKey(rs.getString("status")),
					rs.getString("title")))
			.list();
	}

	static Process process(ResultSet rs, List<Phase> phases) throws SQLException {
		Object phase = rs.getObject("current_phase");
		return new Process(rs.getObject("id", UUID.class), new AreaCode(rs.getString("area_code")), rs.getString("title"),
				rs.getString("question"), rs.getString("description"), Rung.fromKey(rs.getString("rung")).orElseThrow(),
				rs.getString("influence"), LegalBasis.fromKey(rs.getString("legal_basis")).orElseThrow(),
				rs.getString("owner_name"), rs.getObject("owner_id", UUID.class),
				Eligibility.fromKey(rs.getString("eligibility")).orElseThrow(),
				Premoderation.fromKey(rs.getString("premoderation")).orElseThrow(), strings(rs.getArray("components")),
				ProcessStatus.fromKey(rs.getString("status")), phase == null ? null : ((Number) phase).intValue(), phases,
				rs.getString("report"), rs.getTimestamp("updated_at").toInstant());
	}

	private static LinkedHashSet<String> strings(Array array) throws SQLException {
		return new LinkedHashSet<>(Arrays.asList((String[]) array.getArray()));
	}

}
