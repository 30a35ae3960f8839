package nl.speelveld.socialmap.freshness;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the entries of all four kinds as one list, with their areas and the reminders of their current
 * round, and confirms them. A post that has ended needs no confirmation; a service without areas of its
 * own covers its organisation's. Lists are cut and sorted before areas and reminders are looked up, so
 * that a coordinator's page costs the same with ten entries due as with thirty thousand.
 */
@Repository
class EntryStore {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	/**
	 * Every entry last confirmed on or before :cutoff; each branch ends in a condition on its areas
	 * (%1$s posts, %2$s services, %3$s places, %4$s organisations), given as SQL with {@code {key}} for the
	 * column that holds an area code without its letters.
	 */
	private static final String ENTRIES = """
			select 'post' as kind, p.id, coalesce(pr.display_name, p.title) as name, o.name as context,
			       o.id as organisation_id, p.owner_id, p.last_confirmed, null::varchar as own_area
			from smap_post p
			join smap_organisation o on o.id = p.organisation_id
			left join smap_professional pr on pr.id = p.professional_id
			where p.last_confirmed <= :cutoff and (p.ends_on is null or p.ends_on >= :today) and %1$s
			union all
			select 'service', s.id, s.name, o.name, o.id, s.owner_id, s.last_confirmed, null
			from smap_service s
			join smap_organisation o on o.id = s.organisation_id
			where s.last_confirmed <= :cutoff and %2$s
			union all
			select 'place', pl.id, pl.name, coalesce(o.name, ''), o.id, pl.owner_id, pl.last_confirmed, pl.area_code
			from smap_place pl
			left join smap_organisation o on o.id = pl.organisation_id
			where pl.last_confirmed <= :cutoff and %3$s
			union all
			select 'organisation', o.id, o.name, '', o.id, o.owner_id, o.last_confirmed, null
			from smap_organisation o
			where o.last_confirmed <= :cutoff and %4$s
			""";

	private static final String POST_IN = "p.id in (select a.post_id from smap_post_area a where {a.area_key})";

	private static final String SERVICE_IN = """
			(s.id in (select a.service_id from smap_service_area a where {a.area_key})
			 or (not exists (select 1 from smap_service_area a where a.service_id = s.id)
			     and s.organisation_id in (select a.organisation_id from smap_organisation_area a where {substr(a.area_code, 3)})))""";

	private static final String PLACE_IN = "{pl.area_key}";

	private static final String ORGANISATION_IN = "o.id in (select a.organisation_id from smap_organisation_area a where {substr(a.area_code, 3)})";

	/** The entries of {@code %s} with their areas and the reminders sent since their last confirmation. */
	private static final String WITH_AREAS_AND_REMINDERS = """
			select e.*,
			       case e.kind
			         when 'post' then array(select a.area_code from smap_post_area a where a.post_id = e.id order by 1)
			         when 'service' then coalesce(
			             nullif(array(select a.area_code from smap_service_area a where a.service_id = e.id order by 1), '{}'),
			             array(select a.area_code from smap_organisation_area a where a.organisation_id = e.organisation_id order by 1))
			         when 'place' then case when e.own_area is null then array[]::varchar[] else array[e.own_area] end
			         else array(select a.area_code from smap_organisation_area a where a.organisation_id = e.id order by 1)
			       end as areas,
			       rm.first_sent, rm.second_sent, rm.last_sent, rm.sent_count
			from (%s) e
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
		String owned = "select * from (" + everywhere() + ") u where u.owner_id is not null";
		return this.jdbc.sql(WITH_AREAS_AND_REMINDERS.formatted(owned) + " order by e.owner_id, e.last_confirmed, e.name")
			.param("cutoff", dueIfConfirmedBy.plusDays(SLACK_DAYS))
			.param("today", today)
			.query(EntryStore::entry)
			.list();
	}

	/**
	 * At most {@code limit} entries last confirmed on or before the cutoff (give or take), oldest first, in at
	 * least one area whose code (without its letters) starts with one of {@code areaPrefixes}; in any area
	 * when that is null.
	 */
	List<Entry> confirmedBefore(LocalDate dueIfConfirmedBy, LocalDate today, @Nullable List<String> areaPrefixes, int limit) {
		String entries = areaPrefixes == null ? everywhere() : within(areaPrefixes.size());
		String firstOnes = "select * from (" + entries + ") u order by u.last_confirmed, u.name, u.id limit :limit";
		var query = this.jdbc.sql(WITH_AREAS_AND_REMINDERS.formatted(firstOnes) + " order by e.last_confirmed, e.name, e.id")
			.param("cutoff", dueIfConfirmedBy.plusDays(SLACK_DAYS))
			.param("today", today)
			.param("limit", limit);
		List<String> prefixes = areaPrefixes == null ? List.of() : areaPrefixes;
		for (int i = 0; i < prefixes.size(); i++) {
			query = query.param("prefix" + i, prefixes.get(i).replace("%", "").replace("_", "") + "%");
		}
		return query.query(EntryStore::entry).list();
	}

	/** Any entry, whether due or not; an ended post too (confirming it does no harm). */
	Optional<Entry> find(EntryKind kind, UUID id) {
		String one = "select * from (" + everywhere() + ") u where u.kind = :kind and u.id = :id";
		return this.jdbc.sql(WITH_AREAS_AND_REMINDERS.formatted(one))
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

	private static String everywhere() {
		return ENTRIES.formatted("true", "true", "true", "true");
	}

	/** The entries with an area code starting with one of :prefix0, :prefix1, ... (after its letters). */
	private static String within(int prefixes) {
		return ENTRIES.formatted(inAreas(POST_IN, prefixes), inAreas(SERVICE_IN, prefixes), inAreas(PLACE_IN, prefixes),
				inAreas(ORGANISATION_IN, prefixes));
	}

	/** Replaces each {column} in the condition by a test of that column against every prefix. */
	private static String inAreas(String condition, int prefixes) {
		List<String> parts = new ArrayList<>();
		int at = 0;
		while (condition.indexOf('{', at) >= 0) {
			int open = condition.indexOf('{', at);
			int close = condition.indexOf('}', open);
			String column = condition.substring(open + 1, close);
			parts.add(condition.substring(at, open));
			parts.add(IntStream.range(0, prefixes)
				.mapToObj(i -> column + " like :prefix" + i)
				.collect(Collectors.joining(" or ", "(", ")")));
			at = close + 1;
		}
		parts.add(condition.substring(at));
		return String.join("", parts);
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
