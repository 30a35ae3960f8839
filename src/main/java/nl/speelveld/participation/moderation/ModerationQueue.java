package nl.speelveld.participation.moderation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What waits for the moderators of an area: contributions held before they show, and contributions that
 * residents reported, newest first, in the processes of the areas the person moderates in. Each kind is
 * found through the partial indexes on held items and open reports, so the queue stays quick however many
 * contributions there are.
 */
@Service
public class ModerationQueue {

	static final int LIMIT = 200;

	private static final String BRANCH = """
			select '%1$s' as kind, i.id, %2$s as process_id, %3$s as proposal_id, %4$s as proposal_title, i.author_id,
				i.author_name, %5$s as text, i.moderation, i.moderation_reason, i.created_at
			from %6$s i %7$s
			where i.id in (select id from %6$s where moderation = 'held'
				union select content_id from open_reports where content_kind = '%1$s')""";

	private final JdbcClient jdbc;

	private final Permissions permissions;

	ModerationQueue(JdbcClient jdbc, Permissions permissions) {
		this.jdbc = jdbc;
		this.permissions = permissions;
	}

	/** The queue of the person signed in; refused for those who moderate nowhere. */
	public List<QueueItem> forCurrentModerator() {
		if (!this.permissions.isModerator()) {
			throw new AccessDeniedException("Only moderators see the moderation queue");
		}
		boolean everywhere = this.permissions.isAdministrator();
		String prefixes = String.join(",",
				this.permissions.moderationScopes().stream().map(scope -> scope.value().substring(2) + "%").toList());
		String sql = "with open_reports as (select content_kind, content_id, count(*) as reports,"
				+ " array_agg(distinct reason) as reasons, array_remove(array_agg(note order by reported_at desc), null) as notes,"
				+ " max(reported_at) as latest from participation_report where handled is null group by content_kind, content_id),"
				+ " items as (" + String.join(" union all ",
						BRANCH.formatted("proposal", "i.process_id", "i.id", "i.title", "i.title || E'\\n\\n' || i.body",
								"participation_proposal", ""),
						BRANCH.formatted("argument", "pr.process_id", "pr.id", "pr.title", "i.body", "participation_argument",
								"join participation_proposal pr on pr.id = i.proposal_id"),
						BRANCH.formatted("comment", "pr.process_id", "pr.id", "pr.title", "i.body", "participation_comment",
								"join participation_proposal pr on pr.id = i.proposal_id"))
				+ ") select items.*, p.title as process_title, p.area_code, coalesce(o.reports, 0) as reports,"
				+ " coalesce(o.reasons, '{}') as reasons, coalesce(o.notes, '{}') as notes,"
				+ " greatest(items.created_at, o.latest) as latest"
				+ " from items join participation_process p on p.id = items.process_id"
				+ " left join open_reports o on o.content_kind = items.kind and o.content_id = items.id"
				+ " where items.moderation <> 'hidden' and (:everywhere or p.area_key like any (string_to_array(cast(:prefixes as text), ',')))"
				+ " order by latest desc, items.id limit " + LIMIT;
		return this.jdbc.sql(sql)
			.param("everywhere", everywhere)
			.param("prefixes", prefixes)
			.query((rs, n) -> item(rs))
			.list()
			.stream()
			.filter(found -> this.permissions.canModerate(new AreaCode(found.areaCode())))
			.toList();
	}

	private static QueueItem item(ResultSet rs) throws SQLException {
		ContentKind kind = ContentKind.fromKey(rs.getString("kind")).orElseThrow();
		ModeratedItem item = new ModeratedItem(kind, rs.getObject("id", UUID.class), rs.getObject("process_id", UUID.class),
				rs.getObject("proposal_id", UUID.class), rs.getObject("author_id", UUID.class), rs.getString("author_name"),
				rs.getString("text"), Moderation.fromKey(rs.getString("moderation")), rs.getString("moderation_reason"),
				rs.getTimestamp("created_at").toInstant());
		return new QueueItem(item, rs.getString("process_title"), rs.getString("proposal_title"), rs.getString("area_code"),
				rs.getInt("reports"), strings(rs.getArray("reasons")), strings(rs.getArray("notes")),
				rs.getTimestamp("latest").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

}
