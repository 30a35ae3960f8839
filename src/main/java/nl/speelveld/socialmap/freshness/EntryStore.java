package nl.speelveld.socialmap.freshness;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the entries of all four kinds as one list, with the reminders of their current round, and confirms
 * them. A post that has ended needs no confirmation; a service without areas of its own covers its
 * organisation's.
 */
@Repository
class EntryStore {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final String ENTRIES = """
			select 'post' as kind, p.id, coalesce(pr.display_name, p.title) as name, o.name as context,
			       o.id as organisation_id, p.owner_id, p.last_confirmed,
			       array(select a.area_code from smap_post_area a where a.post_id = p.id order by 1) as areas
			from smap_post p
			join smap_organisation o on o.id = p.organisation_id
			left join smap_professional pr on pr.id = p.professional_id
			where p.last_confirmed <= :cutoff and (p.ends_on is null or p.ends_on >= :today)
			union all
			select 'service', s.id, s.name, o.name, o.id, s.owner_id, s.last_confirmed,
			       coalesce(nullif(array(select a.area_code from smap_service_area a where a.service_id = s.id order by 1), '{}'),
			                array(select a.area_code from smap_organisation_area a where a.organisation_id = o.id order by 1))
			from smap_service s
			join smap_organisation o on o.id = s.organisation_id
			where s.last_confirmed <= :cutoff
			union all
			select 'place', pl.id, pl.name, coalesce(o.name, ''), o.id, pl.owner_id, pl.last_confirmed,
			       case when pl.area_code is null then array[]::varchar[] else array[pl.area_code] end
			from smap_place pl
			left join smap_organisation o on o.id = pl.organisation_id
			where pl.last_confirmed <= :cutoff
			union all
			select 'organisation', o.id, o.name, '', o.id, o.owner_id, o.last_confirmed,
			       array(select a.area_code from smap_organisation_area a where a.organisation_id = o.id order by 1)
			from smap_organisation o
			where o.last_confirmed <= :cutoff
			""";

	/** The entries with the reminders sent since their last confirmation; callers add conditions on e. */
	private static final String SELECT = "select e.*, rm.first_sent, rm.second_sent, rm.last_sent, rm.sent_count from ("
			+ ENTRIES + """
			) e
			left join lateral (
			    select min(r.sent_at) filter (where re.round = 'first') as first_sent,
			           coalesce(bool_or(re.round = 'second'), false) as second_sent,
			           max(r.sent_at) as last_sent, count(*) as sent_count
			    from smap_reminder_entry re join smap_reminder r on r.id = re.reminder_id
			    where re.entry_kind = e.kind and re.entry_id = e.id and re.confirmed_as_of = e.last_confirmed
			) rm on true
			""";

	/** Entries whose owners may be due a reminder; the exact day is the schedule's to decide. */
	private static final int SLACK_DAYS = 3;

	private final JdbcClient jdbc;

	EntryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The entries with an owner that were last confirmed on or before {@code dueIfConfirmedBy} (give or take
	 * a few days around month ends, where periods do not reverse exactly), grouped by owner.
	 */
	List<Entry> owned(LocalDate dueIfConfirmedBy, LocalDate today) {
		return this.jdbc.sql(SELECT + " where e.owner_id is not null order by e.owner_id, e.last_confirmed, e.name")
			.param("cutoff", dueIfConfirmedBy.plusDays(SLACK_DAYS))
			.param("today", today)
			.query(EntryStore::entry)
			.list();
	}

	/**
	 * Entries last confirmed on or before the cutoff (give or take), oldest first, in at least one area whose
	 * code (without its letters) starts with one of {@code areaPrefixes}; all areas when that is null.
	 */
	List<Entry> confirmedBefore(LocalDate dueIfConfirmedBy, LocalDate today, @Nullable List<String> areaPrefixes, int limit) {
		return this.jdbc.sql(SELECT + """
				where (cast(:everywhere as boolean)
				       or exists (select 1 from unnest(e.areas) c where substr(c, 3) like any(cast(:patterns as text[]))))
				order by e.last_confirmed, e.name, e.id limit :limit""")
			.param("cutoff", dueIfConfirmedBy.plusDays(SLACK_DAYS))
			.param("today", today)
			.param("everywhere", areaPrefixes == null)
			.param("patterns", (areaPrefixes == null ? List.<String>of() : areaPrefixes).stream()
				.map(prefix -> prefix.replace("%", "").replace("_", "") + "%")
				.toArray(String[]::new))
			.param("limit", limit)
			.query(EntryStore::entry)
			.list();
	}

	Optional<Entry> find(EntryKind kind, UUID id) {
		return this.jdbc.sql(SELECT + " where e.kind = :kind and e.id = :id")
			.param("cutoff", LocalDate.of(9999, 12, 31))
			.param("today", LocalDate.of(1, 1, 1))
			.param("kind", kind.key())
			.param("id", id)
			.query(EntryStore::entry)
			.optional();
	}

	/** Sets the entry's last-confirmed date; false when there is no such entry. */
	boolean confirm(EntryKind kind, UUID id, LocalDate day) {
		return this.jdbc.sql("update " + kind.table() + " set last_confirmed = ? where id = ? and last_confirmed < ?")
			.params(day, id, day)
			.update() > 0 || exists(kind, id);
	}

	private boolean exists(EntryKind kind, UUID id) {
		return this.jdbc.sql("select count(*) from " + kind.table() + " where id = ?").param(id).query(Integer.class).single() > 0;
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		Timestamp first = rs.getTimestamp("first_sent");
		Timestamp last = rs.getTimestamp("last_sent");
		var reminded = rs.getLong("sent_count") == 0 ? Entry.Reminded.NONE
				: new Entry.Reminded(first == null ? null : first.toInstant().atZone(AMSTERDAM).toLocalDate(),
						rs.getBoolean("second_sent"), last == null ? null : last.toInstant(), rs.getInt("sent_count"));
		String[] areas = (String[]) rs.getArray("areas").getArray();
		return new Entry(EntryKind.fromKey(rs.getString("kind")).orElseThrow(), rs.getObject("id", UUID.class),
				rs.getString("name"), rs.getString("context"), rs.getObject("organisation_id", UUID.class),
				rs.getObject("owner_id", UUID.class), rs.getObject("last_confirmed", LocalDate.class),
				Arrays.stream(areas).filter(AreaCode::isValid).map(AreaCode::new).toList(), reminded);
	}

}
