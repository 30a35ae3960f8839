package nl.speelveld.participation;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the uitdaagrecht's events as they are published, for tests to look at the ones about their request. */
@Component
public class ChallengeEvents {

	private final List<ChallengeEvent> published = new CopyOnWriteArrayList<>();

	@EventListener
	void on(ChallengeEvent event) {
		this.published.add(event);
	}

	public List<ChallengeEvent> about(UUID challenge) {
		return this.published.stream().filter(event -> event.challenge().equals(challenge)).toList();
	}

}
