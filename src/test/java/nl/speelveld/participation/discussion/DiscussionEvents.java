package nl.speelveld.participation.discussion;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import nl.speelveld.participation.ParticipationEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps participation events as they are published, for tests to look at those of their process. */
@Component
public class DiscussionEvents {

	private final List<ParticipationEvent> published = new CopyOnWriteArrayList<>();

	@EventListener
	void on(ParticipationEvent event) {
		this.published.add(event);
	}

	public List<ParticipationEvent> about(UUID process) {
		return this.published.stream().filter(event -> event.process().equals(process)).toList();
	}

}
