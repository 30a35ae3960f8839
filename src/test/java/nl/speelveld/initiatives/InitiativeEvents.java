package nl.speelveld.initiatives;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the initiatives' events as they are published, for tests to look at the ones about their initiative. */
@Component
public class InitiativeEvents {

	private final List<InitiativeEvent> published = new CopyOnWriteArrayList<>();

	@EventListener
	void on(InitiativeEvent event) {
		this.published.add(event);
	}

	public List<InitiativeEvent> about(UUID initiative) {
		return this.published.stream().filter(event -> event.initiative().equals(initiative)).toList();
	}

}
