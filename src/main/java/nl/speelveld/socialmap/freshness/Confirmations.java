package nl.speelveld.socialmap.freshness;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirming entries through the link in a reminder. The link opens a page first and confirms only on a
 * form post, because mail scanners follow links. One link confirms the entries of its mail that the owner
 * leaves ticked, and then stops working: a later round brings a new link.
 */
@Service
public class Confirmations {

	private final ReminderStore reminders;

	private final EntryStore entries;

	Confirmations(ReminderStore reminders, EntryStore entries) {
		this.reminders = reminders;
		this.entries = entries;
	}

	@Transactional(readOnly = true)
	public ConfirmationLink open(String token, LocalDate today) {
		var found = this.reminders.byTokenHash(ConfirmationLinks.hash(token));
		if (found.isEmpty()) {
			return ConfirmationLink.notOpen(ConfirmationLink.State.UNKNOWN);
		}
		var reminder = found.get();
		if (reminder.usedAt() != null) {
			return ConfirmationLink.notOpen(ConfirmationLink.State.USED);
		}
		if (reminder.validUntil().isBefore(today)) {
			return ConfirmationLink.notOpen(ConfirmationLink.State.EXPIRED);
		}
		List<ConfirmationLink.Item> items = this.reminders.items(reminder.id())
			.stream()
			.flatMap(item -> this.entries.find(item.kind(), item.id())
				.map(entry -> new ConfirmationLink.Item(entry, entry.lastConfirmed().isAfter(item.confirmedAsOf())))
				.stream())
			.toList();
		return new ConfirmationLink(ConfirmationLink.State.OPEN, reminder.validUntil(), items);
	}

	/**
	 * Confirms the chosen entries of the link's mail (others are ignored) and uses the link up; returns how
	 * many were confirmed.
	 */
	@Transactional
	public int confirm(String token, Collection<String> chosen, LocalDate today) {
		ConfirmationLink link = open(token, today);
		if (!link.isOpen()) {
			throw new ConfirmationLinkNotValid(link.state());
		}
		var reminder = this.reminders.byTokenHash(ConfirmationLinks.hash(token)).orElseThrow();
		if (!this.reminders.use(reminder.id())) {
			throw new ConfirmationLinkNotValid(ConfirmationLink.State.USED);
		}
		int confirmed = 0;
		for (ConfirmationLink.Item item : link.items()) {
			if (chosen.contains(item.value()) && this.entries.confirm(item.entry().kind(), item.entry().id(), today)) {
				confirmed++;
			}
		}
		return confirmed;
	}

}
