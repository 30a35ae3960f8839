package nl.speelveld.routing.questions;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import nl.speelveld.routing.QuestionClosed;
import nl.speelveld.routing.QuestionHandedOff;
import nl.speelveld.routing.QuestionRouted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the wegwijzer's events as they are published, for tests to look at the ones about their question. */
@Component
public class RoutingEvents {

	private final List<Object> published = new CopyOnWriteArrayList<>();

	@EventListener
	void routed(QuestionRouted event) {
		this.published.add(event);
	}

	@EventListener
	void handedOff(QuestionHandedOff event) {
		this.published.add(event);
	}

	@EventListener
	void closed(QuestionClosed event) {
		this.published.add(event);
	}

	public List<Object> about(UUID question) {
		return this.published.stream().filter(event -> question.equals(questionOf(event))).toList();
	}

	private static UUID questionOf(Object event) {
		if (event instanceof QuestionRouted routed) {
			return routed.question();
		}
		if (event instanceof QuestionHandedOff handedOff) {
			return handedOff.question();
		}
		return ((QuestionClosed) event).question();
	}

}
