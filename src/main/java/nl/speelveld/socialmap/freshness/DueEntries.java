package nl.speelveld.socialmap.freshness;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.speelveld.accounts.Addressee;
import nl.speelveld.accounts.Addressees;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.SocialMapEntryNotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' view of what is going stale in their areas, and what they can do about it: confirm
 * an entry on its owner's behalf (after a phone call, say) or remind the owner again. Every entry is
 * checked against the person's areas here, on the server, whatever the page offered.
 */
@Service
public class DueEntries {

	/** More than a coordinator can work through in one sitting; the page says when the list is cut off. */
	public static final int LIMIT = 500;

	/** The list and whether it was cut off at {@link #LIMIT}. */
	public record Listing(List<DueEntry> entries, boolean cutOff) {
	}

	private final EntryStore store;

	private final ReminderSchedule schedule;

	private final Reminders reminders;

	private final Permissions permissions;

	private final Addressees addressees;

	DueEntries(EntryStore store, ReminderSchedule schedule, Reminders reminders, Permissions permissions,
			Addressees addressees) {
		this.store = store;
		this.schedule = schedule;
		this.reminders = reminders;
		this.permissions = permissions;
		this.addressees = addressees;
	}

	/**
	 * The entries due or stale in the person's areas, oldest confirmation first; within {@code gemeente}
	 * only, when given. Administrators see every area.
	 */
	@Transactional(readOnly = true)
	public Listing list(@Nullable AreaCode gemeente, LocalDate today) {
		boolean administrator = this.permissions.isAdministrator();
		List<String> prefixes;
		if (gemeente != null) {
			prefixes = List.of(gemeente.gemeente().value().substring(2));
		}
		else if (administrator) {
			prefixes = null;
		}
		else {
			prefixes = this.permissions.coordinatorScopes().stream().map(scope -> scope.value().substring(2)).toList();
		}
		if (prefixes != null && prefixes.isEmpty()) {
			return new Listing(List.of(), false);
		}
		List<Entry> found = this.store.confirmedBefore(this.schedule.dueIfConfirmedBy(today), today, prefixes, LIMIT + 1);
		// Entries share their areas (posts of one wijk); each distinct set is checked once.
		Map<List<AreaCode>, Boolean> coordinated = new HashMap<>();
		List<Entry> shown = found.stream()
			.limit(LIMIT)
			.filter(entry -> this.schedule.isDue(entry.lastConfirmed(), today))
			.filter(entry -> administrator
					|| coordinated.computeIfAbsent(entry.areas(), this.permissions::canCoordinateAny))
			.toList();
		Map<UserId, Addressee> owners = this.addressees.of(shown.stream()
			.map(Entry::owner)
			.filter(Objects::nonNull)
			.map(UserId::new)
			.collect(Collectors.toSet()));
		List<DueEntry> due = shown.stream()
			.map(entry -> new DueEntry(entry, this.schedule.dueOn(entry.lastConfirmed()),
					this.schedule.staleFrom(entry.lastConfirmed()), this.schedule.isStale(entry.lastConfirmed(), today),
					entry.owner() == null ? null
							: Optional.ofNullable(owners.get(new UserId(entry.owner()))).map(Addressee::name).orElse(null)))
			.toList();
		return new Listing(due, found.size() > LIMIT);
	}

	/** Confirms an entry for its owner, who said it is still right; recorded in the audit log. */
	@Transactional
	public void confirmOnBehalf(EntryKind kind, UUID id, LocalDate today) {
		Entry entry = coordinated(kind, id);
		this.store.confirm(kind, id, today);
		this.permissions.audit("social-map-confirmed-on-behalf", kind.key(), id,
				Map.of("name", entry.name(), "lastConfirmed", entry.lastConfirmed().toString(), "owner",
						entry.owner() == null ? "" : entry.owner().toString()));
	}

	/** Mails the owner once more about this entry; at most once a day, as the job mails too. */
	public void remindAgain(EntryKind kind, UUID id, LocalDate today) {
		Entry entry = coordinated(kind, id);
		UUID owner = entry.owner();
		if (owner == null) {
			throw new RemindRefused("freshness.remind.no-owner");
		}
		var last = entry.reminded().lastAt();
		if (last != null && !last.atZone(EntryStore.AMSTERDAM).toLocalDate().isBefore(today)) {
			throw new RemindRefused("freshness.remind.sent-today");
		}
		UserId coordinator = this.permissions.currentUser().orElseThrow(() -> new AccessDeniedException("signed out"));
		if (!this.reminders.sendAgain(entry, owner, coordinator, today)) {
			throw new RemindRefused("freshness.remind.unreachable");
		}
		this.permissions.audit("social-map-reminder-sent", kind.key(), id, Map.of("owner", owner.toString()));
	}

	/** The entry, if the person coordinates one of its areas; an entry without areas is the administrators'. */
	private Entry coordinated(EntryKind kind, UUID id) {
		Entry entry = this.store.find(kind, id).orElseThrow(() -> new SocialMapEntryNotFound(kind.key(), id));
		if (!this.permissions.isAdministrator() && !this.permissions.canCoordinateAny(entry.areas())) {
			throw new AccessDeniedException("Not in the areas of the person signed in");
		}
		return entry;
	}

}
