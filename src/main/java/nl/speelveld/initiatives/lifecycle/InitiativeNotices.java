package nl.speelveld.initiatives.lifecycle;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.accounts.Notice;
import nl.speelveld.accounts.Notifications;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.initiatives.InitiativeCompleted;
import nl.speelveld.initiatives.InitiativeEvent;
import nl.speelveld.initiatives.InitiativeStarted;
import nl.speelveld.initiatives.InitiativeStopped;
import nl.speelveld.initiatives.InitiativeSubmitted;
import nl.speelveld.initiatives.InitiativeSupportDecided;
import nl.speelveld.initiatives.InitiativeTakenIn;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the initiators, the guide and the supporters when an initiative moves on, in their digest rather than
 * in a mail per change. The person who took the step is not told about it. Runs in the step's transaction:
 * a step that fails tells nobody.
 */
@Component
class InitiativeNotices {

	private final Notifications notifications;

	private final InitiativeStore store;

	private final Permissions permissions;

	private final JdbcClient jdbc;

	InitiativeNotices(Notifications notifications, InitiativeStore store, Permissions permissions, JdbcClient jdbc) {
		this.notifications = notifications;
		this.store = store;
		this.permissions = permissions;
		this.jdbc = jdbc;
	}

	@EventListener
	void moved(InitiativeEvent event) {
		key(event).ifPresent(key -> {
			Initiative initiative = this.store.get(event.initiative());
			Notice notice = Notice.of("initiatives", key, "/initiatieven/" + initiative.id(), initiative.title());
			Optional<UserId> actor = this.permissions.currentUser();
			recipients(initiative).stream()
				.map(UserId::new)
				.filter(recipient -> actor.map(acting -> !acting.equals(recipient)).orElse(true))
				.forEach(recipient -> this.notifications.notify(recipient, notice));
		});
	}

	private Set<UUID> recipients(Initiative initiative) {
		Set<UUID> recipients = new LinkedHashSet<>();
		if (initiative.initiatorId() != null) {
			recipients.add(initiative.initiatorId());
		}
		if (initiative.takenBy() != null) {
			recipients.add(initiative.takenBy());
		}
		recipients.addAll(this.jdbc.sql("select user_id from initiative_supporter where initiative_id = ?")
			.param(initiative.id())
			.query(UUID.class)
			.list());
		return recipients;
	}

	/** The changes worth a line in someone's digest; a new supporter is not one of them. */
	private static Optional<String> key(InitiativeEvent event) {
		String key = null;
		if (event instanceof InitiativeSubmitted) {
			key = "submitted";
		}
		else if (event instanceof InitiativeTakenIn) {
			key = "taken-in";
		}
		else if (event instanceof InitiativeSupportDecided decided) {
			key = decided.granted() ? "granted" : "declined";
		}
		else if (event instanceof InitiativeStarted) {
			key = "started";
		}
		else if (event instanceof InitiativeCompleted) {
			key = "completed";
		}
		else if (event instanceof InitiativeStopped) {
			key = "stopped";
		}
		return Optional.ofNullable(key).map(name -> "notifications.initiative." + name);
	}

}
