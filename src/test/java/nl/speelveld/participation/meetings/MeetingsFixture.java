package nl.speelveld.participation.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import nl.speelveld.participation.processes.Process;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Meetings for tests, written straight through the store, at any time, past or coming. */
@Component
public class MeetingsFixture {

	private final MeetingStore store;

	MeetingsFixture(MeetingStore store) {
		this.store = store;
	}

	/** A meeting in the buurthuis that starts after {@code from} from now and lasts two hours. */
	public UUID meeting(Process process, Duration from, @Nullable Integer capacity) {
		UUID id = UUID.randomUUID();
		Instant start = Instant.now().plus(from);
		this.store.add(new Meeting(id, process.id(), "Buurtavond " + id.toString().substring(0, 6), "Welkom.\nPlannen bekijken.",
				"Buurthuis De Kolk", "Kolkstraat 1, Groningen", null, start, start.plus(Duration.ofHours(2)), capacity, 0, null,
				null), null);
		return id;
	}

	/** A coming meeting online. */
	public UUID online(Process process, String link) {
		UUID id = UUID.randomUUID();
		Instant start = Instant.now().plus(Duration.ofDays(3));
		this.store.add(new Meeting(id, process.id(), "Online avond", "", null, null, link, start,
				start.plus(Duration.ofHours(1)), null, 0, null, null), null);
		return id;
	}

	public void register(UUID meeting, UUID account) {
		this.store.register(meeting, account);
	}

}
