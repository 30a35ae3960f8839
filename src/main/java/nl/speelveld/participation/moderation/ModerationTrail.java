package nl.speelveld.participation.moderation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The moderation actions in the areas the person signed in moderates in, newest first: who, when, what, why. */
@Service
public class ModerationTrail {

	static final int LIMIT = 300;

	private final JdbcClient jdbc;

	private final Permissions permissions;

	ModerationTrail(JdbcClient jdbc, Permissions permissions) {
		this.jdbc = jdbc;
		this.permissions = permissions;
	}

	public List<TrailLine> forCurrentModerator() {
		if (!this.permissions.isModerator()) {
			throw new AccessDeniedException("Only moderators read the moderation trail");
		}
		String prefixes = String.join(",",
				this.permissions.moderationScopes().stream().map(scope -> scope.value().substring(2) + "%").toList());
		record Row(java.time.Instant at, UUID moderator, String action, ContentKind kind, UUID content, UUID process,
				String processTitle, String area, String reason) {
		}
		List<Row> rows = this.jdbc.sql("""
				select a.at, a.moderator_id, a.action, a.content_kind, a.content_id, a.process_id, p.title, a.area_code, a.reason
				from participation_moderation_action a join participation_process p on p.id = a.process_id
				where :everywhere or a.area_key like any (string_to_array(cast(:prefixes as text), ','))
				order by a.at desc, a.id limit""" + " " + LIMIT)
			.param("everywhere", this.permissions.isAdministrator())
			.param("prefixes", prefixes)
			.query((rs, n) -> new Row(rs.getTimestamp(1).toInstant(), rs.getObject(2, UUID.class), rs.getString(3),
					ContentKind.fromKey(rs.getString(4)).orElseThrow(), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class),
					rs.getString(7), rs.getString(8), rs.getString(9)))
			.list();
		Map<UUID, String> names = new HashMap<>();
		Map<UUID, UUID> proposals = proposalsOf(rows.stream().map(row -> Map.entry(row.kind(), row.content())).toList());
		return rows.stream()
			.filter(row -> this.permissions.canModerate(new AreaCode(row.area())))
			.map(row -> new TrailLine(row.at(), row.moderator() == null ? ""
					: names.computeIfAbsent(row.moderator(), id -> this.permissions.shownName(new UserId(id)).orElse("")),
					row.action(), row.kind(), row.content(), row.process(), row.processTitle(), proposals.get(row.content()),
					row.reason()))
			.toList();
	}

	/** The proposal each item belongs to, in three queries at most. */
	private Map<UUID, UUID> proposalsOf(List<Map.Entry<ContentKind, UUID>> items) {
		Map<UUID, UUID> found = new HashMap<>();
		items.stream().filter(item -> item.getKey() == ContentKind.PROPOSAL).forEach(item -> found.put(item.getValue(), item.getValue()));
		for (ContentKind kind : List.of(ContentKind.ARGUMENT, ContentKind.COMMENT)) {
			List<UUID> ids = items.stream().filter(item -> item.getKey() == kind).map(Map.Entry::getValue).distinct().toList();
			if (!ids.isEmpty()) {
				this.jdbc.sql("select id, proposal_id from " + kind.table() + " where id in (:ids)")
					.param("ids", ids)
					.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
					.list()
					.forEach(entry -> found.put(entry.getKey(), entry.getValue()));
			}
		}
		return found;
	}

}
