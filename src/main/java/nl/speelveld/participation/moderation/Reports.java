package nl.speelveld.participation.moderation;

import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.processes.ProcessStatus;
import nl.speelveld.participation.processes.ProcessStore;
import nl.speelveld.shared.Complaints;
import nl.speelveld.shared.ratelimit.RateLimit;
import nl.speelveld.shared.ratelimit.RateLimiter;
import nl.speelveld.shared.security.FormGuard;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident reports a contribution that shows in public, with a reason. One report per person per item
 * counts: a second report of the same item changes nothing. Besides the limit on all writes, reports have a
 * daily limit of their own, so that one person cannot bury the moderators.
 */
@Service
public class Reports {

	public static final int NOTE_LENGTH = 500;

	private final JdbcClient jdbc;

	private final Items items;

	private final ProcessStore processes;

	private final Permissions permissions;

	private final RateLimiter limiter;

	private final RateLimit limit;

	Reports(JdbcClient jdbc, Items items, ProcessStore processes, Permissions permissions, RateLimiter limiter,
			@Value("${speelveld.participation.reports-per-day:30/P1D}") String limit) {
		this.jdbc = jdbc;
		this.items = items;
		this.processes = processes;
		this.permissions = permissions;
		this.limiter = limiter;
		this.limit = RateLimit.parse(limit);
	}

	/** The item a person may report: one that shows in public, in a process that is not a draft. */
	public ModeratedItem reportable(ContentKind kind, UUID id) {
		ModeratedItem item = this.items.find(kind, id).orElseThrow(ItemNotFound::new);
		if (item.moderation() != Moderation.VISIBLE
				|| this.processes.get(item.process()).status() == ProcessStatus.DRAFT) {
			throw new ItemNotFound();
		}
		return item;
	}

	/** Keeps the report, or says what is wrong with it; nothing is stored when something is. */
	@Transactional
	public Complaints report(ContentKind kind, UUID id, @Nullable String reason, @Nullable String note, FormGuard.Verdict guard) {
		UserId reporter = this.permissions.currentUser().orElseThrow(() -> new AccessDeniedException("Reporting needs signing in"));
		ModeratedItem item = reportable(kind, id);
		Complaints complaints = new Complaints();
		if (!guard.passed()) {
			complaints.add("guard", guard.refusal());
			return complaints;
		}
		ReportReason chosen = reason == null ? null : ReportReason.fromKey(reason).orElse(null);
		if (chosen == null) {
			complaints.add("reason", "moderation.report.problem.reason");
		}
		String said = note == null ? "" : note.strip();
		if (said.length() > NOTE_LENGTH) {
			complaints.add("note", "moderation.report.problem.note-too-long");
		}
		if (!complaints.isEmpty()) {
			return complaints;
		}
		if (!this.limiter.hit("report:user:" + reporter, this.limit).allowed()) {
			complaints.add("reason", "moderation.report.problem.too-many");
			return complaints;
		}
		this.jdbc.sql("""
				insert into participation_report (id, content_kind, content_id, process_id, reporter_id, reason, note)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (content_kind, content_id, reporter_id) do nothing""")
			.params(UUID.randomUUID(), kind.key(), id, item.process(), reporter.value(), chosen.key(), said.isEmpty() ? null : said)
			.update();
		return complaints;
	}

}
